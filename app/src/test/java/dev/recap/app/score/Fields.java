package dev.recap.app.score;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the loosely typed maps of YAML truth and JSON predictions the way the Python scorer does. */
final class Fields {

    private Fields() {}

    /** Python's truth value: {@code None}, empty strings and collections, 0 and {@code False} are false. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !(value instanceof Number n) || n.doubleValue() != 0;
    }

    /** Python's {@code str(value)} for the values YAML and JSON give. */
    static String pythonString(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }

    /** {@code map.get(key) or []}. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return truthy(value) ? (List<Object>) value : List.of();
    }

    /** The maps in {@code map.get(key) or []}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
        return list(map, key).stream().map(o -> (Map<String, Object>) o).toList();
    }
}
