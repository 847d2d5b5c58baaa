package dev.recap.app.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a predicted post's metadata is right, by {@code score-extraction}'s rules: title similarity
 * ≥ 0.9, author contained either way, the ISO date (none when the post states none), language, format.
 */
final class PostMetadata {

    private PostMetadata() {}

    /** title, author, date, language and format, each right or wrong. */
    static Map<String, Boolean> correct(Map<String, Object> t, Map<String, Object> p) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        result.put("title", title(t, p));
        result.put("author", author(t, p));
        result.put("date", date(t, p));
        String language = Fields.pythonString(p.getOrDefault("language", "")).toLowerCase(Locale.ROOT);
        result.put(
                "language",
                language.substring(0, Math.min(2, language.length())).equals(t.get("language")));
        result.put(
                "format",
                Fields.pythonString(p.getOrDefault("format", ""))
                        .toLowerCase(Locale.ROOT)
                        .equals(t.get("format")));
        return result;
    }

    private static boolean title(Map<String, Object> t, Map<String, Object> p) {
        List<Object> accepted = new ArrayList<>();
        if (Fields.truthy(t.get("title"))) {
            accepted.add(t.get("title"));
            accepted.add(t.get("title_raw"));
            accepted.add(t.get("title_heading"));
        } else {
            accepted.add(null);
        }
        Object predicted = p.get("title");
        if (!Fields.truthy(predicted)) {
            return accepted.stream().noneMatch(Fields::truthy);
        }
        return accepted.stream().anyMatch(b -> Fields.truthy(b) && Titles.similarity(predicted, b) >= 0.9);
    }

    private static boolean author(Map<String, Object> t, Map<String, Object> p) {
        Object trueAuthor = t.get("author");
        Object predicted = p.get("author");
        if (!Fields.truthy(trueAuthor)) {
            return !Fields.truthy(predicted);
        }
        if (!Fields.truthy(predicted)) {
            return false;
        }
        String pa = Titles.normalise(predicted);
        String ta = Titles.normalise(trueAuthor);
        return ta.contains(pa) || pa.contains(ta) || pa.equals(Titles.normalise(t.get("author_raw")));
    }

    private static boolean date(Map<String, Object> t, Map<String, Object> p) {
        Object trueDate = t.get("date");
        String predicted = Fields.truthy(p.get("date")) ? Fields.pythonString(p.get("date")) : "";
        predicted = predicted.substring(0, Math.min(10, predicted.length()));
        if (!Fields.truthy(trueDate)) {
            return predicted.isEmpty();
        }
        return predicted.equals(trueDate);
    }
}
