package dev.recap.testkit;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique topic prefixes, consumer group ids and Streams application ids, so tests never share state. */
public final class TestIds {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestIds() {}

    /** A topic-name prefix such as {@code t-1a2b3c4d-7-}. */
    public static String uniquePrefix() {
        return "t-" + RUN + "-" + SEQUENCE.incrementAndGet() + "-";
    }

    /** A consumer group id that starts with {@code purpose}. */
    public static String groupId(String purpose) {
        return unique(purpose) + "-group";
    }

    /** A Kafka Streams application id that starts with {@code purpose}. */
    public static String applicationId(String purpose) {
        return unique(purpose) + "-app";
    }

    private static String unique(String purpose) {
        String clean = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return clean + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }
}
