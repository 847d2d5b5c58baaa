package dev.recap.streams.errors;

import dev.recap.schemas.DeadLetters;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What both dead-letter handlers share: the dead-letter topic from {@link DeadLetterConfig#TOPIC_CONFIG},
 * the clock that stamps each dead letter, and the record in Recap's dead-letter format (stage {@code
 * streams}).
 */
final class DeadLetterWriter {

    private final Clock clock;
    private String topic;

    DeadLetterWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void configure(Map<String, ?> configs) {
        topic = DeadLetterConfig.topic(configs);
    }

    /** The dead letter of {@code key} and {@code value} read from {@code source}, failed with {@code error}. */
    ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, String source, Exception error, String message) {
        return DeadLetters.record(
                topic,
                key,
                value,
                source,
                DeadLetterConfig.STAGE,
                error.getClass().getSimpleName(),
                message,
                clock.instant());
    }
}
