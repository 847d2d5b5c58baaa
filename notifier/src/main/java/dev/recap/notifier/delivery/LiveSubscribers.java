package dev.recap.notifier.delivery;

import dev.recap.events.Subscriber;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscribers as they are now: the compacted {@code subscribers} topic read to its end at start, then
 * followed by a background thread for as long as the run lasts, so that an unsubscribe that lands during
 * a long send is honoured for every message not yet sent. Undecodable records are logged and skipped.
 */
public final class LiveSubscribers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscribers.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, Subscriber> current = new ConcurrentHashMap<>();
    private final Consumer<String, Subscriber> consumer;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread follower;
    private volatile Map<TopicPartition, Long> startEnds = Map.of();
    private volatile RuntimeException failure;

    private LiveSubscribers(Consumer<String, Subscriber> consumer) {
        this.consumer = consumer;
        this.follower = new Thread(this::follow, "recap-subscribers-follower");
        this.follower.setDaemon(true);
    }

    /**
     * Starts following {@code topic} and returns once everything written before the call has been read.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException when that takes longer than {@code timeout}
     */
    public static LiveSubscribers start(
            Map<String, Object> kafkaConfig, TopicSpec<String, Subscriber> topic, Duration timeout)
            throws InterruptedException {
        Consumer<String, Subscriber> consumer = new KafkaConsumer<>(
                ClientConfigs.tableReader(kafkaConfig, "recap-notifier-subscribers"),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        LiveSubscribers live = new LiveSubscribers(consumer);
        live.startEnds = consumer.endOffsets(partitions, timeout);
        live.follower.start();
        if (!live.caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            live.close();
            throw new org.apache.kafka.common.errors.TimeoutException(
                    "Could not read " + topic.name() + " to its end within " + timeout);
        }
        if (live.failure != null) {
            live.close();
            throw live.failure;
        }
        return live;
    }

    /** The subscriber as last written, if it exists and was not erased. */
    public Optional<Subscriber> get(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** Every current subscriber. */
    public List<Subscriber> all() {
        return List.copyOf(current.values());
    }

    private void follow() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (ConsumerRecord<String, Subscriber> record : consumer.poll(POLL)) {
                        if (record.value() == null) {
                            current.remove(record.key());
                        } else {
                            current.put(record.key(), record.value());
                        }
                    }
                } catch (RecordDeserializationException e) {
                    LOG.warn("Skipping undecodable subscriber at {} offset {}", e.topicPartition(), e.offset(), e);
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                }
                if (caughtUp.getCount() > 0 && reachedStartEnds()) {
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            failure = e;
            LOG.error("Stopped following the subscribers topic", e);
            caughtUp.countDown();
        } finally {
            consumer.close();
        }
    }

    private boolean reachedStartEnds() {
        return startEnds.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            follower.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
