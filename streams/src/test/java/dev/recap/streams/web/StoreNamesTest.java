package dev.recap.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class StoreNamesTest {

    @Test
    void shouldListEveryNamedStoreWhenATopologyMaterialisesSeveral() {
        StreamsBuilder builder = new StreamsBuilder();
        var input = builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()));
        input.groupByKey(Grouped.with("by-key", Serdes.String(), Serdes.String()))
                .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(StoreNames.DIGESTS));
        input.toTable(Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(StoreNames.TALK_ITEMS)
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.String()));

        var stores = StoreNames.in(builder.build());

        assertThat(stores).containsExactly(StoreNames.DIGESTS, StoreNames.TALK_ITEMS);
    }
}
