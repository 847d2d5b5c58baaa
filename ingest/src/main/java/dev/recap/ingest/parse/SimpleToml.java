package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TOML that front matter is nearly always made of (one {@code key = value} a line, values that
 * are strings, arrays of strings, booleans, integers, dates) without a full TOML parser, which costs more
 * than the rest of a small post. Anything else (tables, inline tables, multi-line strings, comments after
 * a value, a key written twice) is left to the full parser: the answer is then empty.
 */
final class SimpleToml {

    private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern BARE = Pattern.compile(
            "true|false|[+-]?\\d{1,18}|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?");

    private SimpleToml() {}

    /** The keys and values of {@code raw}, or empty when it uses more of TOML than this reads. */
    static Optional<Map<String, Object>> read(String raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : raw.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || values.containsKey(m.group(1))) {
                return Optional.empty();
            }
            Optional<Object> value = value(m.group(2));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(m.group(1), value.get());
        }
        return Optional.of(values);
    }

    private static Optional<Object> value(String text) {
        if (text.startsWith("[") && text.endsWith("]")) {
            return array(text.substring(1, text.length() - 1));
        }
        if (text.startsWith("\"") || text.startsWith("'")) {
            StringBuilder out = new StringBuilder();
            int end = string(text, 0, out);
            return end == text.length() ? Optional.of(out.toString()) : Optional.empty();
        }
        if (!BARE.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(Boolean.valueOf(text));
        }
        // dates stay text: PostDates reads them as it reads tomlj's date values
        return Optional.of(
                Character.isDigit(text.charAt(text.length() - 1)) && !text.contains("-")
                        ? (Object) Long.valueOf(text)
                        : text);
    }

    // ["a", 'b'] on one line, strings only
    private static Optional<Object> array(String inside) {
        List<Object> items = new ArrayList<>();
        int i = skipSpaces(inside, 0);
        while (i < inside.length()) {
            StringBuilder item = new StringBuilder();
            int end = string(inside, i, item);
            if (end < 0) {
                return Optional.empty();
            }
            items.add(item.toString());
            i = skipSpaces(inside, end);
            if (i < inside.length()) {
                if (inside.charAt(i) != ',') {
                    return Optional.empty();
                }
                i = skipSpaces(inside, i + 1);
            }
        }
        return Optional.of(items);
    }

    // The string starting at {@code start} into {@code out}; the index after its closing quote, or -1.
    private static int string(String text, int start, StringBuilder out) {
        if (start >= text.length() || (text.charAt(start) != '"' && text.charAt(start) != '\'')) {
            return -1;
        }
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && quote == '"') {
                if (++i >= text.length()) {
                    return -1;
                }
                switch (text.charAt(i)) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> {
                        return -1; // \\u escapes and the rest: the full parser knows them
                    }
                }
            } else {
                out.append(c);
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
