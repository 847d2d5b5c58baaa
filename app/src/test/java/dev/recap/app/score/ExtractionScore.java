package dev.recap.app.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one scoring run, named as in {@code score-extraction}'s JSON output; {@code null} where
 * the Python scorer gives {@code None} (nothing to measure). {@link #table()} prints them for a test log.
 */
public record ExtractionScore(
        Prf talks,
        Double talkRecallMacro,
        Prf speakers,
        Double companyAccuracy,
        Double dayAccuracy,
        int dayClaimsWherePostStatesNone,
        Double themeTop1Accuracy,
        Double themeJaccardMean,
        Map<String, Double> postMetadataAccuracy,
        double postTagsF1Mean,
        double postTopThemesJaccardMean,
        Prf cncfProjects) {

    /** Python's {@code round(value, 4)}: the exact binary value rounded half to even. */
    static double round4(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Every figure under the name the Python scorer gives it, in its order, rounded to 4 decimals. */
    public Map<String, Double> figures() {
        Map<String, Double> f = new java.util.LinkedHashMap<>();
        prf(f, "talks", talks);
        f.put("talk_recall_macro", talkRecallMacro);
        prf(f, "speakers", speakers);
        f.put("company_accuracy", companyAccuracy);
        f.put("day_accuracy", dayAccuracy);
        f.put("day_claims_where_post_states_none", (double) dayClaimsWherePostStatesNone);
        f.put("theme_top1_accuracy", themeTop1Accuracy);
        f.put("theme_jaccard_mean", themeJaccardMean);
        postMetadataAccuracy.forEach((k, v) -> f.put("post_metadata_accuracy." + k, v));
        f.put("post_tags_f1_mean", postTagsF1Mean);
        f.put("post_top_themes_jaccard_mean", postTopThemesJaccardMean);
        prf(f, "cncf_projects", cncfProjects);
        f.replaceAll((k, v) -> v == null ? null : round4(v));
        return f;
    }

    /** The figures as an aligned two-column table, one line each. */
    public String table() {
        List<String> lines = new ArrayList<>();
        figures()
                .forEach((name, value) -> lines.add(String.format(
                        Locale.ROOT,
                        "%-40s %s",
                        name,
                        value == null ? "n/a" : String.format(Locale.ROOT, "%.4f", value))));
        return String.join(System.lineSeparator(), lines);
    }

    private static void prf(Map<String, Double> figures, String name, Prf prf) {
        figures.put(name + ".precision", prf.precision());
        figures.put(name + ".recall", prf.recall());
        figures.put(name + ".f1", prf.f1());
    }
}
