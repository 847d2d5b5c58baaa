package dev.recap.streams.errors;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.Configurable;

/**
 * The part of Recap's two dead-letter handlers that Streams configures: the {@link DeadLetterWriter}
 * with its topic from {@link DeadLetterConfig#TOPIC_CONFIG} and its clock.
 */
abstract class DeadLetterHandler implements Configurable {

    final DeadLetterWriter writer;

    DeadLetterHandler(Clock clock) {
        this.writer = new DeadLetterWriter(clock);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        writer.configure(configs);
    }
}
