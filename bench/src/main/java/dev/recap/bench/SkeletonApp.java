package dev.recap.bench;

import dev.recap.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The second baseline of {@link StreamsBenchmark}: the least a Streams app that resolves talks in one
 * place must do, with nothing of Recap in it. It reads {@code talk-mentions} as bytes, moves every record
 * through a one-partition repartition topic, and writes it to a persistent store with a changelog, under
 * {@code exactly_once_v2} with the same commit interval, compression and batch size as the app. What the app does
 * beyond this skeleton (decoding, classifying, resolving, building items and digests) is its own cost;
 * this much is the price of the shape.
 */
final class SkeletonApp {

    static final String STORE = "skeleton-store";

    private SkeletonApp() {}

    static Topology topology(String inputTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                        .withCachingDisabled());
        builder.stream(
                        inputTopic,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("skeleton-source"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName("skeleton-hop")
                        .withNumberOfPartitions(1))
                .process(Store::new, Named.as("skeleton-store-writer"), STORE);
        return builder.build();
    }

    static KafkaStreams start(String inputTopic, String applicationId, String bootstrap, Path stateDir, long commitMs) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitMs);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), StreamsSettings.PRODUCER_BATCH_BYTES);
        KafkaStreams streams = new KafkaStreams(topology(inputTopic), p);
        streams.start();
        return streams;
    }

    // Every record under its own key, as the resolver keeps every mention.
    private static final class Store implements Processor<String, byte[], Void, Void> {
        private KeyValueStore<String, byte[]> store;
        private long count;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            store.put(record.key() + '\u0000' + count++, record.value());
        }
    }
}
