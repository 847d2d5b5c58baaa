package dev.recap.streams.errors;

import java.util.Map;
import java.util.Objects;

/**
 * The one setting the dead-letter handlers read from the Streams configuration: the name of the topic
 * that receives poison records ({@value #TOPIC_CONFIG}).
 */
public final class DeadLetterConfig {

    /** Streams property naming the dead-letter topic (the catalogue's {@code dead-letters}). */
    public static final String TOPIC_CONFIG = "recap.dead.letter.topic";

    /** The stage name written in the dead-letter headers of records refused by Streams. */
    static final String STAGE = "streams";

    private DeadLetterConfig() {}

    static String topic(Map<String, ?> configs) {
        Object topic = Objects.requireNonNull(configs, "configs").get(TOPIC_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalArgumentException("The dead-letter handlers need " + TOPIC_CONFIG);
        }
        return topic.toString();
    }

    static String sourceOrUnknown(String topic) {
        return topic == null ? "unknown" : topic;
    }
}
