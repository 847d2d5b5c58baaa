package dev.recap.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads a user's conferences from YAML: a list (or a {@code conferences:} key holding one) of entries
 * with {@code name}, {@code city}, {@code start} (day 0, co-located events), {@code firstMainDay}
 * ("Day 1"), {@code end}, {@code aliases} (names a post uses) and optional {@code hints}.
 */
final class ConferenceFile {

    private ConferenceFile() {}

    /** The conferences in {@code file}; an entry missing a field fails with the entry's name. */
    static List<Conference> read(Path file) throws IOException {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        if (yaml instanceof Map<?, ?> map) {
            yaml = map.get("conferences");
        }
        List<Conference> conferences = new ArrayList<>();
        if (yaml instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> fields) {
                    conferences.add(conference(fields));
                }
            }
        }
        return conferences;
    }

    private static Conference conference(Map<?, ?> fields) {
        String name = String.valueOf(fields.get("name"));
        return new Conference(
                name,
                String.valueOf(fields.get("city")),
                date(fields, "start", name),
                date(fields, "firstMainDay", name),
                date(fields, "end", name),
                texts(fields.get("aliases")),
                texts(fields.get("hints")));
    }

    private static LocalDate date(Map<?, ?> fields, String key, String name) {
        Object value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("conference " + name + " needs " + key);
        }
        return LocalDate.parse(String.valueOf(value).strip());
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
    }
}
