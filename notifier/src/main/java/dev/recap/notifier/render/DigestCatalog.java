package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The item views of one digest in one language, built once and shared by every edition (theme choice,
 * size) of that digest: an item is formatted the same way whoever reads it. Also keeps each item's
 * plain-text block. Immutable once built.
 */
final class DigestCatalog {

    private final Digest digest;
    private final Labels labels;
    private final Map<DigestItem, ItemView> items = new IdentityHashMap<>();
    private final Map<DigestItem, ItemView> lateItems = new IdentityHashMap<>();
    private final Map<ItemView, String> texts = new IdentityHashMap<>();

    private DigestCatalog(Digest digest, Labels labels) {
        this.digest = digest;
        this.labels = labels;
    }

    /** Every item of {@code digest} formatted for {@code labels}. */
    static DigestCatalog of(Digest digest, Labels labels) {
        DigestCatalog catalog = new DigestCatalog(digest, labels);
        digest.getHeadlines().forEach(catalog::add);
        for (DigestSection section : digest.getSections()) {
            section.getItems().forEach(catalog::add);
        }
        for (DigestItem item : digest.getLateArrivals()) {
            ItemView view = ItemViews.lateItem(item, labels);
            catalog.lateItems.put(item, view);
            catalog.texts.put(view, PlainTextDigestWriter.itemText(view, labels));
        }
        return catalog;
    }

    /** An empty catalog: every lookup formats the item anew. */
    static DigestCatalog none(Digest digest, Labels labels) {
        return new DigestCatalog(digest, labels);
    }

    boolean covers(Digest other, Labels otherLabels) {
        return digest == other && labels == otherLabels;
    }

    ItemView item(DigestItem item) {
        ItemView view = items.get(item);
        return view == null ? ItemViews.item(item, labels) : view;
    }

    ItemView lateItem(DigestItem item) {
        ItemView view = lateItems.get(item);
        return view == null ? ItemViews.lateItem(item, labels) : view;
    }

    /** The plain-text block of {@code view}, as {@link PlainTextDigestWriter} writes it. */
    String text(ItemView view) {
        String text = texts.get(view);
        return text == null ? PlainTextDigestWriter.itemText(view, labels) : text;
    }

    private void add(DigestItem item) {
        if (!items.containsKey(item)) {
            ItemView view = ItemViews.item(item, labels);
            items.put(item, view);
            texts.put(view, PlainTextDigestWriter.itemText(view, labels));
        }
    }
}
