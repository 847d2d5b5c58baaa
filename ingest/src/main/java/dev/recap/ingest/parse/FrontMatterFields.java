package dev.recap.ingest.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Typed, lenient access to front matter values: keys are matched without case, text loses any HTML
 * markup (an author written as {@code <a href=...>Name</a>} is {@code Name}), lists may be written as
 * a list or as a comma-separated string, and dates as a date, a date-time or text.
 */
public final class FrontMatterFields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    FrontMatterFields(Map<?, ?> raw) {
        raw.forEach((key, value) -> values.putIfAbsent(String.valueOf(key).toLowerCase(Locale.ROOT), value));
    }

    /** The first of {@code keys} with a non-blank value, as plain text; {@code null} when none has one. */
    public String text(String... keys) {
        for (String key : keys) {
            String text = asText(values.get(key));
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /** Every value of every one of {@code keys}, as plain text, in order. */
    public List<String> list(String... keys) {
        List<String> all = new ArrayList<>();
        for (String key : keys) {
            Object value = values.get(key);
            if (value instanceof Collection<?> items) {
                items.stream().map(FrontMatterFields::asText).forEach(all::add);
            } else if (value != null) {
                String text = asText(value);
                for (String part : text == null ? new String[0] : text.split(",")) {
                    all.add(part);
                }
            }
        }
        return all.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .toList();
    }

    /** The first of {@code keys} holding a readable date or date-time; {@code null} when none does. */
    public OffsetDateTime dateTime(String... keys) {
        for (String key : keys) {
            OffsetDateTime time = PostDates.parse(values.get(key));
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    private static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return asText(map.get("name"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(FrontMatterFields::asText)
                    .filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value).strip();
        return text.indexOf('<') >= 0 ? Jsoup.parse(text).text().strip() : text;
    }
}
