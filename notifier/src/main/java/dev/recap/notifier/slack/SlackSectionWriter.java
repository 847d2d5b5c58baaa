package dev.recap.notifier.slack;

import dev.recap.events.DigestItem;
import dev.recap.events.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the mrkdwn text of section blocks: a bold title, then one line per item. A list too long for one
 * section is split between lines over several sections, the later ones titled "(continued)"; a single
 * over-long item is shortened so that it always fits.
 */
final class SlackSectionWriter {

    /** Below this many characters for the title, the byline and then the link are dropped instead. */
    private static final int MIN_TITLE_CHARS = 40;

    private static final int MAX_SPEAKERS_CHARS = 300;
    private static final String BULLET = "• ";

    private final SlackLabels labels;
    private final int maxChars;
    private final int maxHeading;
    private final int maxLine;

    SlackSectionWriter(SlackLabels labels, int maxChars) {
        this.labels = labels;
        this.maxChars = maxChars;
        this.maxHeading = maxChars / 10;
        // A line must fit under the longest heading, so that it always fits in a fresh section.
        this.maxLine = maxChars - maxHeading - 1;
    }

    /** The section texts of {@code title} (plain text) with {@code lines} (mrkdwn, each already one line). */
    List<String> sections(String title, List<String> lines) {
        String first = heading(title, "");
        String next = heading(title, " " + labels.continued());
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        int linesInCurrent = 0;
        for (String line : lines) {
            String fitted = line.length() <= maxLine ? line : shorten(line, maxLine);
            if (linesInCurrent > 0 && current.length() + 1 + fitted.length() > maxChars) {
                texts.add(current.toString());
                current = new StringBuilder(next);
                linesInCurrent = 0;
            }
            current.append('\n').append(fitted);
            linesInCurrent++;
        }
        texts.add(current.toString());
        return texts;
    }

    /** The line of one item: link (or bare title), speakers with companies, number of sources. */
    String itemLine(DigestItem item) {
        String url = SlackText.httpUrl(item.getUrl());
        String title = SlackText.oneLine(item.getTitle());
        String byline = speakers(item.getSpeakers());
        String sources = labels.sourceCount(item.getSources().size());
        String tail = (byline.isEmpty() ? "" : " — " + byline) + (sources == null ? "" : " · " + sources);
        int budget = maxLine - titleOverhead(url) - tail.length();
        if (budget < MIN_TITLE_CHARS) {
            tail = sources == null ? "" : " · " + sources;
            budget = maxLine - titleOverhead(url) - tail.length();
        }
        if (budget < MIN_TITLE_CHARS) {
            url = null;
            budget = maxLine - titleOverhead(null) - tail.length();
        }
        String label = SlackText.cut(title.isEmpty() ? (url == null ? "?" : url) : title, budget);
        String link = url == null ? label : "<" + SlackText.escape(url) + "|" + label + ">";
        return BULLET + link + tail;
    }

    /** A plain mrkdwn line (the "N more in the web edition" line), escaped. */
    String plainLine(String text, String url) {
        String safeUrl = SlackText.httpUrl(url);
        String label = SlackText.escape(SlackText.oneLine(text));
        return safeUrl == null ? label : "<" + SlackText.escape(safeUrl) + "|" + label + ">";
    }

    private String heading(String title, String suffix) {
        String escapedSuffix = SlackText.escape(suffix);
        String name = SlackText.cut(SlackText.oneLine(title), maxHeading - escapedSuffix.length() - 2);
        return "*" + name + "*" + escapedSuffix;
    }

    private static int titleOverhead(String url) {
        return BULLET.length() + (url == null ? 0 : SlackText.escape(url).length() + 3);
    }

    private static String speakers(List<Speaker> speakers) {
        String text = speakers.stream()
                .map(SlackSectionWriter::speaker)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        return SlackText.cut(text, MAX_SPEAKERS_CHARS);
    }

    private static String speaker(Speaker speaker) {
        String name = SlackText.oneLine(speaker.getName());
        String company = SlackText.oneLine(speaker.getCompany());
        return company.isEmpty() || name.isEmpty() ? name : name + " (" + company + ")";
    }

    /** Only for lines not built by {@link #itemLine}: a hard cut that may lose a link's closing bracket. */
    private static String shorten(String line, int max) {
        return line.substring(0, Math.max(0, max - SlackText.ELLIPSIS.length())) + SlackText.ELLIPSIS;
    }
}
