package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;

/**
 * Renders a commonmark document to plain text, cut into {@link Section}s at its headings. Images and
 * inline HTML are dropped; link targets, code blocks and phrases in code, bold or italics are kept beside
 * the text; lists become {@code - } lines; headings without text (an image as a heading) do not start a
 * section.
 */
final class MarkdownSections {

    private final SectionCollector collector = new SectionCollector();

    private MarkdownSections() {}

    /** The sections of {@code document}, the text before its first heading (if any) at level 0. */
    static List<Section> of(Document document) {
        MarkdownSections sections = new MarkdownSections();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                // a heading's marks belong to the section it starts: read its text, start it, then mark
                sections.collector.heading(heading.getLevel(), new MarkdownSections().inline(heading));
                sections.inline(heading);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                sections.collector.codeBlock(sections.block(node, ""));
            } else {
                sections.collector.block(sections.block(node, ""));
            }
        }
        return sections.collector.sections();
    }

    private String block(Node node, String indent) {
        if (node instanceof Paragraph || node instanceof Heading) {
            return inline(node);
        }
        if (node instanceof ListBlock list) {
            return list(list, indent);
        }
        if (node instanceof FencedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof IndentedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof HtmlBlock html) {
            return onlyTags(html.getLiteral())
                    ? ""
                    : Jsoup.parse(html.getLiteral()).text();
        }
        if (node instanceof ThematicBreak) {
            return "";
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        return children(node, indent, "\n\n");
    }

    private String list(ListBlock list, String indent) {
        List<String> lines = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String text = item instanceof ListItem ? children(item, indent + "  ", "\n") : block(item, indent);
            lines.add(indent + "- " + text.strip());
        }
        return String.join("\n", lines);
    }

    private String table(TableBlock table) {
        List<String> rows = new ArrayList<>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(cell instanceof TableCell ? inline(cell).strip() : "");
                    }
                    rows.add(String.join(" | ", cells));
                } else {
                    visitChildren(node);
                }
            }
        });
        return String.join("\n", rows);
    }

    private String children(Node parent, String indent, String separator) {
        List<String> parts = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String text = block(child, indent);
            if (!text.isBlank()) {
                parts.add(child instanceof ListBlock ? text.stripTrailing() : text.strip());
            }
        }
        return String.join(separator, parts);
    }

    private String inline(Node parent) {
        StringBuilder text = new StringBuilder();
        AbstractVisitor visitor = new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
                collector.marked(node.getLiteral());
            }

            @Override
            public void visit(Emphasis node) {
                int start = text.length();
                visitChildren(node);
                collector.marked(text.substring(start));
            }

            @Override
            public void visit(StrongEmphasis node) {
                int start = text.length();
                visitChildren(node);
                collector.marked(text.substring(start));
            }

            @Override
            public void visit(Link node) {
                int start = text.length();
                visitChildren(node);
                collector.link(text.substring(start), node.getDestination());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Image node) {
                // alt texts of images are file names more often than prose
            }

            @Override
            public void visit(HtmlInline node) {
                // <br>, <img> and the like carry no text
            }
        };
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(visitor);
        }
        return text.toString();
    }

    // An HTML block of nothing but tags and white space ("<br>", "<div class=x>"): its text is empty, which
    // jsoup would take a whole document to say. A "<" that opens no tag, or any other character, is text:
    // such a block goes to jsoup.
    static boolean onlyTags(String html) {
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
                continue;
            }
            if (c != '<' || i + 1 >= html.length() || !opensTag(html.charAt(i + 1))) {
                return false;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                return false;
            }
            i = end + 1;
        }
        return true;
    }

    private static boolean opensTag(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }
}
