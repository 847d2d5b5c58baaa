package dev.recap.app.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Normalised person names, with the truth file's {@code speaker_aliases} (alias → canonical) applied. */
final class SpeakerNames {

    private final Map<String, String> canonical = new HashMap<>();

    @SuppressWarnings("unchecked")
    SpeakerNames(Object aliases) {
        if (Fields.truthy(aliases)) {
            ((Map<String, Object>) aliases).forEach((name, alternatives) -> {
                List<Object> all = new ArrayList<>();
                all.add(name);
                all.addAll((List<Object>) alternatives);
                all.forEach(alias -> canonical.put(Titles.normalise(alias), Titles.normalise(name)));
            });
        }
    }

    /** The normalised, canonical form of {@code name}. */
    String of(Object name) {
        String normalised = Titles.normalise(name);
        return canonical.getOrDefault(normalised, normalised);
    }

    /** A speaker of a truth or prediction list: a bare name (string) or a {@code {name, company}} map. */
    record Speaker(Object name, Object company) {}

    /** The speakers of a talk, whether listed as names or as maps. */
    @SuppressWarnings("unchecked")
    static List<Speaker> speakersOf(Map<String, Object> talk) {
        List<Speaker> speakers = new ArrayList<>();
        for (Object speaker : Fields.list(talk, "speakers")) {
            if (speaker instanceof Map<?, ?> map) {
                Map<String, Object> fields = (Map<String, Object>) map;
                speakers.add(new Speaker(fields.get("name"), fields.get("company")));
            } else {
                speakers.add(new Speaker(speaker, null));
            }
        }
        return speakers;
    }
}
