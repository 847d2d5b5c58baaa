package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.Post;
import dev.recap.events.WeekEntry;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each post into its item and forwards the week entries that move it from the item last seen for
 * the same post id (kept in a store): an edited post moves, a deleted one leaves, a replayed one is silent.
 */
final class PostItemsProcessor implements Processor<String, Post, String, WeekEntry> {

    private final DigestItems digestItems;
    private final WeekPlacements placements;
    private ProcessorContext<String, WeekEntry> context;
    private KeyValueStore<String, DigestItem> items;

    PostItemsProcessor(DigestItems digestItems, WeekPlacements placements) {
        this.digestItems = Objects.requireNonNull(digestItems, "digestItems");
        this.placements = Objects.requireNonNull(placements, "placements");
    }

    @Override
    public void init(ProcessorContext<String, WeekEntry> context) {
        this.context = context;
        items = context.getStateStore(RecapTopology.POST_ITEMS_STORE);
    }

    @Override
    public void process(Record<String, Post> record) {
        String postId = record.value() != null ? record.value().getId() : record.key();
        if (postId == null) {
            return;
        }
        DigestItem before = items.get(postId);
        DigestItem after = digestItems.ofPost(record.value());
        if (Objects.equals(before, after)) {
            return;
        }
        if (after == null) {
            items.delete(postId);
        } else {
            items.put(postId, after);
        }
        for (KeyValue<String, WeekEntry> entry : placements.changes(before, after)) {
            context.forward(record.withKey(entry.key).withValue(entry.value));
        }
    }
}
