package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class SkeletonAppTest {

    @Test
    void shouldMoveEveryRecordThroughOneRepartitionAndKeepEachUnderItsOwnKey() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "skeleton-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        String description = SkeletonApp.topology("talk-mentions").describe().toString();
        try (TopologyTestDriver driver = new TopologyTestDriver(SkeletonApp.topology("talk-mentions"), props)) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic(
                    "talk-mentions",
                    Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            input.pipeInput("argo cd core", new byte[] {1});
            input.pipeInput("argo cd core", new byte[] {2});
            input.pipeInput("cilium", new byte[] {3});

            KeyValueStore<String, byte[]> store = driver.getKeyValueStore(SkeletonApp.STORE);
            List<String> keys = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining((KeyValue<String, byte[]> kv) -> keys.add(kv.key));
            }

            assertThat(keys).containsExactly("argo cd core\u00000", "argo cd core\u00001", "cilium\u00002");
            assertThat(description).contains("skeleton-hop-repartition");
        }
    }
}
