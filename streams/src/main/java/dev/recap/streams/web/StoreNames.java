package dev.recap.streams.web;

import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The names of the state stores the HTTP server reads: the contract with the topology, written here so
 * the queries do not depend on how the topology is built.
 */
public final class StoreNames {

    /** {@code KeyValueStore<String week, Digest>}. */
    public static final String DIGESTS = "digests-store";
    /** {@code KeyValueStore<String theme@day, ThemeDay>}. */
    public static final String THEME_DAYS = "theme-days-store";
    /** {@code KeyValueStore<String talk id, DigestItem>}. */
    public static final String TALK_ITEMS = "talk-items-store";
    /** {@code KeyValueStore<String talk key, String talk id>}; not in every topology. */
    public static final String TALK_RESOLUTIONS = "talk-resolutions-store";

    private StoreNames() {}

    /** Every state store {@code topology} declares. */
    public static Set<String> in(Topology topology) {
        Set<String> stores = new TreeSet<>();
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
        }
        for (TopologyDescription.GlobalStore global : topology.describe().globalStores()) {
            stores.addAll(global.processor().stores());
        }
        return stores;
    }
}
