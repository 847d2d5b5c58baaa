package dev.recap.notifier.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.notifier.render.Labels;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link Digest} into the Block Kit payloads of one Slack channel: a header, the headlines, one
 * mrkdwn section per followed theme, a footer with the web edition link and the data credit. Slack's limits
 * hold (50 blocks, 3,000 characters a section, 150 a header); a longer digest becomes numbered parts, each
 * with header and footer. Link unfurling is off. Pure and deterministic: the same digest gives the same JSON.
 */
public final class SlackDigestMessages {

    public static final int MAX_BLOCKS = 50;
    public static final int MAX_SECTION_CHARS = 3_000;
    public static final int MAX_HEADER_CHARS = 150;
    public static final int DEFAULT_MAX_ITEMS_PER_THEME = 10;
    static final int MAX_HEADLINES = 5;

    /** Header, divider and footer frame the content of every part; the first part also has the stats line. */
    private static final int FRAME_BLOCKS = 3;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final int maxItemsPerTheme;

    /** Messages showing at most {@value #DEFAULT_MAX_ITEMS_PER_THEME} items a theme. */
    public SlackDigestMessages() {
        this(DEFAULT_MAX_ITEMS_PER_THEME);
    }

    /** Messages showing at most {@code maxItemsPerTheme} items a theme, then a "N more" link to the web. */
    public SlackDigestMessages(int maxItemsPerTheme) {
        if (maxItemsPerTheme < 1) {
            throw new IllegalArgumentException("maxItemsPerTheme must be >= 1, was " + maxItemsPerTheme);
        }
        this.maxItemsPerTheme = maxItemsPerTheme;
    }

    /**
     * The payloads, in posting order, of {@code digest} for a channel reading {@code locale} ({@code en},
     * {@code fr}) and following {@code themes} (empty = all). {@code webEdition} may be {@code null}; a link
     * that is not http(s) is left out.
     */
    public List<ObjectNode> messages(Digest digest, String locale, Set<String> themes, URI webEdition) {
        Objects.requireNonNull(digest, "digest");
        Set<String> wanted = Set.copyOf(themes);
        SlackLabels slack = SlackLabels.forLocale(locale);
        String web = webEdition == null ? null : SlackText.httpUrl(webEdition.toString());
        List<String> sections = sectionTexts(digest, wanted, slack, web);
        List<List<String>> parts = pack(sections);
        String title = slack.labels().title(digest.getWeek());
        String footer = footer(slack, web);
        List<ObjectNode> payloads = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String suffix = parts.size() == 1 ? "" : " (" + (i + 1) + "/" + parts.size() + ")";
            String header = SlackText.cutPlain(title, MAX_HEADER_CHARS - suffix.length()) + suffix;
            String stats = i == 0 ? slack.labels().statsLine(digest.getStats()) : null;
            payloads.add(payload(header, stats, parts.get(i), footer));
        }
        return payloads;
    }

    private List<String> sectionTexts(Digest digest, Set<String> wanted, SlackLabels slack, String web) {
        Labels labels = slack.labels();
        SlackSectionWriter writer = new SlackSectionWriter(slack, MAX_SECTION_CHARS);
        List<String> texts = new ArrayList<>();
        List<DigestItem> headlines = wanted(digest.getHeadlines(), wanted);
        if (!headlines.isEmpty()) {
            List<String> lines = headlines.stream()
                    .limit(MAX_HEADLINES)
                    .map(writer::itemLine)
                    .toList();
            texts.addAll(writer.sections(labels.headlines(), lines));
        }
        for (DigestSection section : digest.getSections()) {
            if ((wanted.isEmpty() || wanted.contains(section.getTheme()))
                    && !section.getItems().isEmpty()) {
                int total = Math.max(section.getTotal(), section.getItems().size());
                String name = labels.themeName(section.getTheme());
                texts.addAll(writer.sections(name, lines(section.getItems(), total, writer, labels, web)));
            }
        }
        List<DigestItem> late = wanted(digest.getLateArrivals(), wanted);
        if (!late.isEmpty()) {
            texts.addAll(writer.sections(labels.lateArrivals(), lines(late, late.size(), writer, labels, web)));
        }
        if (texts.isEmpty()) {
            texts.add(SlackText.escape(slack.nothingNew()));
        }
        return texts;
    }

    private List<String> lines(
            List<DigestItem> items, int total, SlackSectionWriter writer, Labels labels, String web) {
        int shown = Math.min(items.size(), maxItemsPerTheme);
        List<String> lines = new ArrayList<>();
        items.subList(0, shown).forEach(item -> lines.add(writer.itemLine(item)));
        if (total > shown) {
            lines.add(writer.plainLine(String.format(labels.locale(), labels.word("moreItems"), total - shown), web));
        }
        return lines;
    }

    private static List<DigestItem> wanted(List<DigestItem> items, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return items;
        }
        return items.stream()
                .filter(item -> item.getThemes().stream().anyMatch(wanted::contains))
                .toList();
    }

    /** Sections into parts, in order, each part within {@link #MAX_BLOCKS} once framed. */
    private static List<List<String>> pack(List<String> sections) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int capacity = MAX_BLOCKS - FRAME_BLOCKS - 1;
        for (String section : sections) {
            if (current.size() == capacity) {
                parts.add(current);
                current = new ArrayList<>();
                capacity = MAX_BLOCKS - FRAME_BLOCKS;
            }
            current.add(section);
        }
        parts.add(current);
        return parts;
    }

    private static ObjectNode payload(String header, String stats, List<String> sections, String footer) {
        ObjectNode payload = JSON.objectNode();
        payload.put("text", SlackText.escape(header));
        payload.put("unfurl_links", false);
        payload.put("unfurl_media", false);
        ArrayNode blocks = payload.putArray("blocks");
        ObjectNode headerBlock = blocks.addObject().put("type", "header");
        headerBlock
                .putObject("text")
                .put("type", "plain_text")
                .put("text", header)
                .put("emoji", true);
        if (stats != null) {
            context(blocks, SlackText.escape(stats));
        }
        for (String text : sections) {
            blocks.addObject()
                    .put("type", "section")
                    .putObject("text")
                    .put("type", "mrkdwn")
                    .put("text", text);
        }
        blocks.addObject().put("type", "divider");
        context(blocks, footer);
        return payload;
    }

    private static void context(ArrayNode blocks, String mrkdwn) {
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
    }

    private static String footer(SlackLabels slack, String web) {
        String credit = SlackText.escape(slack.dataCredit());
        if (web == null) {
            return credit;
        }
        return "<" + SlackText.escape(web) + "|"
                + SlackText.escape(slack.labels().webEdition()) + "> · " + credit;
    }
}
