package dev.recap.ingest.source;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The status and headers of an HTTP response; header names are case-insensitive, values in arrival order. */
record HttpHead(int status, SortedMap<String, List<String>> headers) {

    HttpHead {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableSortedMap(copy);
    }

    /** The first value of header {@code name}, if any. */
    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    /** Every value of header {@code name}, possibly none. */
    List<String> all(String name) {
        return headers.getOrDefault(name, List.of());
    }

    boolean success() {
        return status >= 200 && status < 300;
    }

    static HttpHead of(int status, Map<String, List<String>> headers) {
        TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        return new HttpHead(status, sorted);
    }
}
