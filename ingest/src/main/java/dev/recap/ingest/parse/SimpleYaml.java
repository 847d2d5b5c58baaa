package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads the YAML that front matter is nearly always made of, without the full YAML parser, which costs
 * more than the rest of a small post: {@code key: value} lines at the left margin whose value is a plain
 * or quoted scalar on one line, a flow list {@code [a, "b"]} on one line, or a block list of such scalars
 * ({@code - a} lines). Plain scalars are typed by the schema's own resolver and constructors, so the
 * answer is the one snakeyaml-engine gives. Anything else (nesting, anchors, tags, block scalars, escapes,
 * comments after a value, tabs, a key written twice...) is left to the full parser: the answer is then empty.
 */
final class SimpleYaml {

    // well under the full parser's code point cap, whose error this reader must not hide
    private static final int MAX_CHARS = 100_000;
    // under the full parser's limit on the length of an implicit key
    private static final int MAX_KEY_CHARS = 128;
    // characters that cannot start a plain scalar here (some can in YAML when followed by more; declined)
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    // what a value the reader does not know is read as, so the caller declines
    private static final Object NONE = new Object();

    private final Schema schema;

    SimpleYaml(Schema schema) {
        this.schema = schema;
    }

    /** The keys and values of {@code raw}, or empty when it uses more of YAML than this reads. */
    Optional<Map<Object, Object>> read(String raw) {
        if (raw.length() > MAX_CHARS || !plainCharacters(raw)) {
            return Optional.empty();
        }
        String[] lines = raw.split("\n", -1);
        Map<Object, Object> values = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (isBlank(line) || line.charAt(0) == '#') {
                continue;
            }
            int colon = keyEnd(line);
            String key = colon < 0 ? null : line.substring(0, colon);
            if (key == null
                    || values.containsKey(key)
                    || !schema.getScalarResolver().resolve(key, true).equals(Tag.STR)) {
                return Optional.empty();
            }
            int valueStart = skipSpaces(line, colon + 1);
            Object value;
            if (valueStart < line.length()) {
                value = blockValue(line, valueStart);
            } else {
                // an empty value: a block list on the next lines, else null
                List<Object> items = new ArrayList<>();
                i = blockList(lines, i, items);
                value = i < 0 ? null : items.isEmpty() ? plain("") : items;
            }
            if (i < 0 || value == NONE) {
                return Optional.empty();
            }
            values.put(key, value);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    // A scalar or a flow list starting at {@code from}, closing the line, or NONE.
    private Object blockValue(String line, int from) {
        if (line.charAt(from) == '[') {
            List<Object> items = new ArrayList<>();
            int end = flowList(line, from + 1, items);
            return end >= 0 && isBlank(line.substring(end)) ? items : NONE;
        }
        return blockScalar(line, from);
    }

    // A quoted scalar, or a plain one in block context (ends at the line end; no ": " or " #" inside), or NONE.
    private Object blockScalar(String line, int from) {
        char first = line.charAt(from);
        if (first == '"' || first == '\'') {
            StringBuilder text = new StringBuilder();
            int end = quoted(line, from, text);
            return end >= 0 && isBlank(line.substring(end)) ? text.toString() : NONE;
        }
        String text = line.substring(from, trimmedEnd(line));
        if (INDICATORS.indexOf(first) >= 0 || text.contains(": ") || text.endsWith(":") || text.contains(" #")) {
            return NONE;
        }
        return plain(text);
    }

    // The "- item" lines from {@code from}, all at one indent, into {@code items}; the index of the first
    // line after them, or -1 when a line is neither an item, a blank or comment line, nor a next key.
    private int blockList(String[] lines, int from, List<Object> items) {
        int indent = -1;
        int i = from;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (isBlank(line)) {
                continue;
            }
            int start = skipSpaces(line, 0);
            if (!line.startsWith("- ", start)) {
                if (start > 0) {
                    return -1; // a nested mapping, an indented comment...
                }
                if (line.charAt(0) == '-') {
                    return -1;
                }
                break;
            }
            if (indent >= 0 && start != indent) {
                return -1;
            }
            indent = start;
            int itemStart = skipSpaces(line, start + 2);
            if (itemStart == line.length() || line.charAt(itemStart) == '[') {
                return -1;
            }
            Object item = blockScalar(line, itemStart);
            if (item == NONE) {
                return -1;
            }
            items.add(item);
        }
        return i;
    }

    // The items of a flow list whose '[' is just before {@code from}: quoted or plain scalars (no ':' or '#'
    // or flow indicator inside), comma-separated, no empty item nor trailing comma. The index after ']', or -1.
    private int flowList(String line, int from, List<Object> items) {
        int i = skipSpaces(line, from);
        if (i < line.length() && line.charAt(i) == ']') {
            return i + 1;
        }
        while (i < line.length()) {
            char first = line.charAt(i);
            if (first == '"' || first == '\'') {
                StringBuilder text = new StringBuilder();
                i = quoted(line, i, text);
                if (i < 0) {
                    return -1;
                }
                items.add(text.toString());
            } else {
                int end = i;
                while (end < line.length() && line.charAt(end) != ',' && line.charAt(end) != ']') {
                    end++;
                }
                String text = line.substring(i, trimmedEnd(line.substring(0, end)));
                if (INDICATORS.indexOf(first) >= 0 || containsAny(text, ":#[]{}")) {
                    return -1;
                }
                items.add(plain(text));
                i = end;
            }
            i = skipSpaces(line, i);
            if (i >= line.length()) {
                return -1;
            }
            if (line.charAt(i) == ']') {
                return i + 1;
            }
            if (line.charAt(i) != ',') {
                return -1;
            }
            i = skipSpaces(line, i + 1);
            if (i < line.length() && line.charAt(i) == ']') {
                return -1; // a trailing comma
            }
        }
        return -1;
    }

    // The quoted scalar opening at {@code from} into {@code out}: single-quoted ('' is a quote) or
    // double-quoted without escapes, on one line. The index after its closing quote, or -1.
    private static int quoted(String line, int from, StringBuilder out) {
        char quote = line.charAt(from);
        for (int i = from + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quote == '"') {
                return -1;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                    continue;
                }
                return i + 1;
            }
            out.append(c);
        }
        return -1;
    }

    // A plain scalar typed as the full parser types it (string, null, boolean, number), or NONE.
    private Object plain(String text) {
        Tag tag = schema.getScalarResolver().resolve(text, true);
        if (tag.equals(Tag.STR)) {
            return text;
        }
        ConstructNode constructor = schema.getSchemaTagConstructors().get(tag);
        return constructor == null ? NONE : constructor.construct(new ScalarNode(tag, text, ScalarStyle.PLAIN));
    }

    // The index of the ':' ending a key at the left margin (a letter or '_', then letters, digits, '_' or
    // '-') and followed by a space or the line end, or -1.
    private static int keyEnd(String line) {
        if (!isKeyStart(line.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < line.length() && i <= MAX_KEY_CHARS && isKeyPart(line.charAt(i))) {
            i++;
        }
        boolean colon = i < line.length() && line.charAt(i) == ':';
        return colon && (i + 1 == line.length() || line.charAt(i + 1) == ' ') ? i : -1;
    }

    private static boolean isKeyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    // No tab, carriage return or other control character, no surrogate, BOM or line separator: what is
    // left reads the same in YAML and here.
    private static boolean plainCharacters(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean control = (c < ' ' && c != '\n') || (c >= '\u007F' && c <= '\u009F');
            boolean special =
                    Character.isSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE' || c == '\u2028' || c == '\u2029';
            if (control || special) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String line) {
        return skipSpaces(line, 0) == line.length();
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // the end of {@code text} without its trailing spaces (YAML's white space; tabs never get here)
    private static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }
}
