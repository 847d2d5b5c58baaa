package dev.recap.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key and bytes, untouched, with headers saying where they came
 * from, which stage refused them, and why. Ops read them back with {@code recap dlq}.
 */
public final class DeadLetters {

    public static final String SOURCE = "recap.dlq.source";
    public static final String STAGE = "recap.dlq.stage";
    public static final String ERROR_CLASS = "recap.dlq.error.class";
    public static final String ERROR_MESSAGE = "recap.dlq.error.message";
    public static final String TIME = "recap.dlq.time";
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetters() {}

    /**
     * A record for {@code topic} holding {@code key} and {@code value} as they were, with the reason.
     *
     * @param source the topic, file or URL the bytes came from
     * @param stage the stage that refused them ({@code ingest}, {@code streams}, {@code notifier})
     * @param errorClass a short name of the failure (an exception class or a parser's reason code)
     * @param message what was wrong, for a human
     */
    public static ProducerRecord<byte[], byte[]> record(
            String topic,
            byte[] key,
            byte[] value,
            String source,
            String stage,
            String errorClass,
            String message,
            Instant time) {
        Headers headers = new RecordHeaders();
        headers.add(SOURCE, utf8(source));
        headers.add(STAGE, utf8(stage));
        headers.add(ERROR_CLASS, utf8(errorClass));
        headers.add(ERROR_MESSAGE, utf8(truncate(Objects.requireNonNullElse(message, ""))));
        headers.add(TIME, utf8(time.toString()));
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    /** The text of header {@code name}, or {@code null} when absent. */
    public static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
