package dev.recap.notifier.render;

/**
 * Writes a {@link DigestView} as the plain-text part of an email: the same content and order as the HTML,
 * in short underlined sections, activity as block characters, lines wrapped at {@value #WIDTH} columns.
 * The body does not depend on the reader and can be reused; the footer does.
 */
public final class PlainTextDigestWriter {

    static final int WIDTH = 72;
    private static final String INDENT = "  ";

    /** The whole text part of {@code view}: {@link #body} then {@link #footer}. */
    public String write(DigestView view) {
        StringBuilder out = new StringBuilder(4096);
        body(out, view);
        footer(out, view);
        return out.toString();
    }

    /** Everything above the footer, lines separated by {@code \n}. */
    public String body(DigestView view) {
        return body(view, null);
    }

    /** The body, taking item blocks already written from {@code catalog} when it has them. */
    String body(DigestView view, DigestCatalog catalog) {
        StringBuilder out = new StringBuilder(16 * 1024);
        body(out, view, catalog);
        return out.toString();
    }

    /** The text block of one item: a blank line, the title and its details. */
    static String itemText(ItemView item, Labels labels) {
        StringBuilder out = new StringBuilder(512);
        item(out, item, labels);
        return out.toString();
    }

    private static void body(StringBuilder out, DigestView view) {
        body(out, view, null);
    }

    private static void body(StringBuilder out, DigestView view, DigestCatalog catalog) {
        Labels labels = view.labels();
        heading(out, view.title(), '=');
        out.append(view.issueLine()).append('\n');
        out.append(view.stats()).append('\n');
        if (!view.headlines().isEmpty()) {
            out.append('\n');
            heading(out, labels.headlines(), '-');
            view.headlines().forEach(item -> item(out, item, labels, catalog));
        }
        for (SectionView section : view.sections()) {
            section(out, view, section, catalog);
        }
        if (!view.spotlight().isEmpty()) {
            out.append('\n');
            heading(out, labels.spotlight(), '-');
            for (SpotlightView project : view.spotlight()) {
                String line = project.name() + ": " + project.count() + " (" + project.change() + ")";
                wrap(out, "* ", project.maturity() == null ? line : line + ", " + project.maturity(), INDENT);
            }
        }
        if (view.community() != null) {
            section(out, view, view.community(), catalog);
        }
        if (view.lateArrivals() != null) {
            section(out, view, view.lateArrivals(), catalog);
        }
    }

    private static void section(StringBuilder out, DigestView view, SectionView section, DigestCatalog catalog) {
        out.append('\n');
        heading(out, section.name(), '-');
        if (section.purpose() != null) {
            wrap(out, "", section.purpose(), "");
        }
        if (section.chart() != null) {
            wrap(out, section.chart().sparkline() + " ", section.chart().summary(), INDENT);
        }
        if (section.items().isEmpty() && section.more() == 0) {
            wrap(out, "", view.labels().noTalks(), "");
        }
        section.items().forEach(item -> item(out, item, view.labels(), catalog));
        if (section.more() > 0) {
            String more = view.moreLine(section);
            out.append('\n');
            wrap(out, "", view.webEditionUrl() == null ? more : more + ": " + view.webEditionUrl(), "");
        }
    }

    /** The footer of {@code view}: why the reader gets it, their links, the web edition and data credits. */
    public String footer(DigestView view) {
        StringBuilder out = new StringBuilder(512);
        footer(out, view);
        return out.toString();
    }

    private static void footer(StringBuilder out, DigestView view) {
        Labels labels = view.labels();
        out.append("\n-- \n");
        ReaderView reader = view.reader();
        if (reader != null) {
            wrap(out, "", reader.why(), "");
            if (reader.preferencesUrl() != null) {
                out.append(labels.preferences())
                        .append(": ")
                        .append(reader.preferencesUrl())
                        .append('\n');
            }
            out.append(labels.unsubscribe())
                    .append(": ")
                    .append(reader.unsubscribeUrl())
                    .append('\n');
        }
        if (view.webEditionUrl() != null) {
            out.append(labels.webEdition())
                    .append(": ")
                    .append(view.webEditionUrl())
                    .append('\n');
        }
        wrap(
                out,
                "",
                labels.word("creditsBefore") + " " + labels.word("creditsLink") + " " + labels.word("creditsAfter")
                        + " " + labels.maturityCaveat(),
                "");
    }

    private static void heading(StringBuilder out, String text, char underline) {
        out.append(text).append('\n');
        int length = text.codePointCount(0, text.length());
        for (int i = 0; i < length; i++) {
            out.append(underline);
        }
        out.append('\n');
    }

    private static void item(StringBuilder out, ItemView item, Labels labels, DigestCatalog catalog) {
        if (catalog == null) {
            item(out, item, labels);
        } else {
            out.append(catalog.text(item));
        }
    }

    private static void item(StringBuilder out, ItemView item, Labels labels) {
        out.append('\n');
        wrap(out, "* ", item.title(), INDENT);
        if (item.url() != null) {
            out.append(INDENT).append(item.url()).append('\n');
        }
        if (item.byline() != null) {
            wrap(out, INDENT, item.byline(), INDENT);
        }
        if (item.summary() != null) {
            wrap(out, INDENT, item.summary(), INDENT);
        }
        if (item.projects() != null) {
            wrap(out, INDENT, labels.projects() + ": " + item.projects(), INDENT);
        }
        if (!item.sources().isEmpty()) {
            out.append(INDENT).append(labels.sources()).append(":\n");
            for (SourceView source : item.sources()) {
                wrap(out, INDENT + "- ", source.title() + source.suffix(), INDENT + INDENT);
                if (source.url() != null) {
                    out.append(INDENT).append(INDENT).append(source.url()).append('\n');
                }
            }
        }
    }

    /** Greedy word wrap: {@code first} opens the first line, {@code continuation} the others; long URLs stay whole. */
    static void wrap(StringBuilder out, String first, String text, String continuation) {
        int lineStart = out.length();
        out.append(first);
        int empty = first.length();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int lineLength = out.length() - lineStart;
            if (lineLength > empty && lineLength + 1 + (i - start) > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(continuation);
                empty = continuation.length();
                lineLength = empty;
            }
            if (lineLength > empty) {
                out.append(' ');
            }
            out.append(text, start, i);
        }
        out.append('\n');
    }
}
