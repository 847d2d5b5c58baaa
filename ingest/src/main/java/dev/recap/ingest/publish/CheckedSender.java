package dev.recap.ingest.publish;

import dev.recap.schemas.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends records through one byte-array producer, serialising keys and values with the serdes of each
 * record's {@link TopicSpec}, and keeps every send's future so {@link #awaitAll()} can check them all:
 * a failed send is never silent. It does not own (nor close) the producer.
 */
public final class CheckedSender {

    private final Producer<byte[], byte[]> producer;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private int sent;

    public CheckedSender(Producer<byte[], byte[]> producer) {
        this.producer = Objects.requireNonNull(producer, "producer");
    }

    /** Sends {@code record} to its topic, serialised with {@code spec}'s serdes. */
    public <K, V> void send(TopicSpec<K, V> spec, ProducerRecord<K, V> record) {
        if (!spec.name().equals(record.topic())) {
            throw new IllegalArgumentException("record for " + record.topic() + " sent with spec " + spec.name());
        }
        byte[] key = spec.keySerde().serializer().serialize(record.topic(), record.headers(), record.key());
        byte[] value = spec.valueSerde().serializer().serialize(record.topic(), record.headers(), record.value());
        ProducerRecord<byte[], byte[]> bytes = new ProducerRecord<>(
                record.topic(), record.partition(), record.timestamp(), key, value, record.headers());
        sent++;
        try {
            pending.add(producer.send(bytes));
        } catch (KafkaException e) {
            failures.add(e);
        }
    }

    /**
     * Flushes the producer and waits for every send so far; returns how many were sent, or throws
     * {@link PublishFailedException} when any failed.
     */
    public int awaitAll() throws InterruptedException {
        producer.flush();
        for (Future<RecordMetadata> future : pending) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause() instanceof Exception cause ? cause : e);
            }
        }
        pending.clear();
        if (!failures.isEmpty()) {
            PublishFailedException failed = new PublishFailedException(
                    failures.size() + " of " + sent + " records could not be sent; first: " + failures.get(0),
                    failures.get(0));
            failures.stream().skip(1).limit(10).forEach(failed::addSuppressed);
            throw failed;
        }
        return sent;
    }
}
