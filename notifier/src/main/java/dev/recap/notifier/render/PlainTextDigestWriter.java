package dev.recap.notifier.render;

/**
 * Writes a {@link DigestView} as the plain-text part of an email: the same content as the HTML, in
 * short underlined sections and lines wrapped at {@value #WIDTH} columns.
 */
public final class PlainTextDigestWriter {

    static final int WIDTH = 72;
    private static final String INDENT = "  ";

    /** The text body of {@code view}, lines separated by {@code \n}, ending with a newline. */
    public String write(DigestView view) {
        StringBuilder out = new StringBuilder();
        heading(out, view.title(), '=');
        out.append(view.stats()).append("\n");
        if (!view.headlines().isEmpty()) {
            out.append("\n");
            heading(out, view.labels().headlines(), '-');
            view.headlines().forEach(item -> item(out, item, view.labels()));
        }
        for (SectionView section : view.sections()) {
            out.append("\n");
            heading(out, section.name(), '-');
            section.items().forEach(item -> item(out, item, view.labels()));
            if (section.more() > 0) {
                String more = view.moreLine(section);
                wrap(out, "", view.webEditionUrl() == null ? more : more + ": " + view.webEditionUrl(), "");
            }
        }
        if (view.spotlight() != null) {
            out.append("\n");
            wrap(out, "", view.labels().spotlight() + ": " + view.spotlight(), "");
        }
        footer(out, view);
        return out.toString();
    }

    private static void footer(StringBuilder out, DigestView view) {
        out.append("\n-- \n");
        wrap(out, "", view.labels().maturityCaveat(), "");
        if (view.webEditionUrl() != null) {
            out.append(view.labels().webEdition())
                    .append(": ")
                    .append(view.webEditionUrl())
                    .append("\n");
        }
        if (view.unsubscribeUrl() != null) {
            wrap(out, "", view.labels().unsubscribeLine(), "");
            out.append(view.labels().unsubscribe())
                    .append(": ")
                    .append(view.unsubscribeUrl())
                    .append("\n");
        }
    }

    private static void heading(StringBuilder out, String text, char underline) {
        out.append(text).append("\n");
        out.append(String.valueOf(underline).repeat(text.codePointCount(0, text.length())))
                .append("\n");
    }

    private static void item(StringBuilder out, ItemView item, Labels labels) {
        out.append("\n");
        wrap(out, "* ", item.title(), INDENT);
        if (item.url() != null) {
            out.append(INDENT).append(item.url()).append("\n");
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
    }

    /** Greedy word wrap: {@code first} opens the first line, {@code continuation} the others; long URLs stay whole. */
    static void wrap(StringBuilder out, String first, String text, String continuation) {
        StringBuilder line = new StringBuilder(first);
        int empty = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(continuation);
                empty = continuation.length();
            }
            if (line.length() > empty) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
