package dev.recap.app.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adds up, over matched talk pairs, the speaker, company, day and theme figures of {@code score-extraction}. */
final class TalkTally {

    private static final Pattern DAY_NUMBER = Pattern.compile("^(?:day\\s*)?(\\d)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APRIL_2023 = Pattern.compile("^2023-04-(\\d\\d)");

    private final SpeakerNames names;
    int speakerTp;
    int speakerFp;
    int speakerFn;
    int companyOk;
    int companyCount;
    int dayOk;
    int dayCount;
    int dayUnstatedClaims;
    int themeTop1;
    int themeCount;
    double themeJaccard;

    TalkTally(SpeakerNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    void add(TalkMatcher.Pair pair) {
        addSpeakers(pair.truth(), pair.predicted());
        addDay(pair.truth(), pair.predicted());
        addThemes(pair.truth(), pair.predicted());
    }

    private void addSpeakers(Map<String, Object> t, Map<String, Object> p) {
        Map<String, Object> trueSpeakers = byName(t);
        Map<String, Object> predictedSpeakers = byName(p);
        Map<String, Object> canonicalCompanies = new HashMap<>();
        for (Object s : Fields.list(t, "speakers")) {
            if (s instanceof Map<?, ?> speaker) {
                canonicalCompanies.put(names.of(speaker.get("name")), speaker.get("company_canonical"));
            }
        }
        if (trueSpeakers.isEmpty()) {
            return;
        }
        Set<String> shared = new HashSet<>(trueSpeakers.keySet());
        shared.retainAll(predictedSpeakers.keySet());
        speakerTp += shared.size();
        speakerFp += predictedSpeakers.size() - shared.size();
        speakerFn += trueSpeakers.size() - shared.size();
        trueSpeakers.forEach((name, company) -> {
            if (Fields.truthy(company)) {
                companyCount++;
                String predicted = Titles.normalise(predictedSpeakers.get(name));
                List<String> accepted =
                        List.of(Titles.normalise(company), Titles.normalise(canonicalCompanies.get(name)));
                if (!predicted.isEmpty()
                        && accepted.stream()
                                .anyMatch(x -> !x.isEmpty()
                                        && (predicted.equals(x) || x.contains(predicted) || predicted.contains(x)))) {
                    companyOk++;
                }
            }
        });
    }

    private Map<String, Object> byName(Map<String, Object> talk) {
        Map<String, Object> result = new HashMap<>();
        SpeakerNames.speakersOf(talk).stream()
                .filter(s -> Fields.truthy(s.name()))
                .forEach(s -> result.put(names.of(s.name()), s.company()));
        return result;
    }

    // A true day is a 0–3 number of KubeCon EU 2023 (the seeds) or an ISO date (corpora of other editions).
    private void addDay(Map<String, Object> t, Map<String, Object> p) {
        Integer predicted = dayOf(p.get("day"));
        if (t.get("day") instanceof Number day) {
            dayCount++;
            dayOk += Objects.equals(predicted, day.intValue()) ? 1 : 0;
        } else if (t.get("day") != null) {
            dayCount++;
            dayOk += Fields.pythonString(t.get("day")).equals(Fields.pythonString(p.get("day"))) ? 1 : 0;
        } else if (p.get("day") != null && !"".equals(p.get("day"))) {
            dayUnstatedClaims++;
        }
    }

    /** A conference day 0–3 from a number, "day 2", or an ISO date of KubeCon EU 2023; else {@code null}. */
    static Integer dayOf(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        if (value instanceof Integer day) {
            return day;
        }
        Matcher number = DAY_NUMBER.matcher(Fields.pythonString(value).strip());
        if (number.matches()) {
            return Integer.parseInt(number.group(1));
        }
        Matcher date = APRIL_2023.matcher(Fields.pythonString(value));
        if (date.find()) {
            return Map.of(18, 0, 19, 1, 20, 2, 21, 3).get(Integer.parseInt(date.group(1)));
        }
        return null;
    }

    private void addThemes(Map<String, Object> t, Map<String, Object> p) {
        Set<Object> trueThemes = new HashSet<>(Fields.list(t, "themes"));
        List<String> predicted = Labels.themesOf(Fields.list(p, "themes"));
        themeCount++;
        themeTop1 += !predicted.isEmpty() && trueThemes.contains(predicted.get(0)) ? 1 : 0;
        Set<Object> union = new HashSet<>(trueThemes);
        union.addAll(predicted);
        Set<Object> shared = new HashSet<>(trueThemes);
        shared.retainAll(new HashSet<>(predicted));
        themeJaccard += union.isEmpty() ? 1.0 : (double) shared.size() / union.size();
    }
}
