package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main content of an HTML page (the largest {@code <article>}, else {@code <main>}, else the
 * body), drops what is not the post (navigation, sidebars, headers, footers, scripts, forms, comments)
 * and cuts the rest into {@link Section}s at its {@code <h1>}..{@code <h6>}, keeping phrases in code, bold
 * or italics, links and {@code <pre>} blocks beside the text; a table becomes one {@code a | b} line a row.
 */
final class HtmlContent {

    // queries run on every page, some on every block: parsed once, as parsing costs more than running them
    private static final Evaluator NOT_CONTENT =
            QueryParser.parse("nav, aside, header, footer, script, style, noscript, template, form,"
                    + " iframe, svg, button, [role=navigation], [role=complementary], [role=contentinfo], [hidden]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    private static final Evaluator ALL = QueryParser.parse("*");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator ROW_CELLS = QueryParser.parse("> td, > th");
    private static final Evaluator MARKED = QueryParser.parse("code, strong, b, em");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TEXT_BLOCKS = Set.of(
            "p", "li", "pre", "blockquote", "dd", "dt", "figcaption", "table", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlContent() {}

    /** The element holding the post in {@code document}, chosen before anything is removed. */
    static Element main(Document document) {
        return document.select(ARTICLE).stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> document.select(MAIN).stream().findFirst())
                .orElse(document.body());
    }

    /** The sections of {@code main}, which this method cleans in place (pass a copy). */
    static List<Section> sections(Element main) {
        main.select(NOT_CONTENT).remove();
        removeComments(main);
        SectionCollector collector = new SectionCollector();
        for (Element element : main.select(ALL)) {
            String tag = element.normalName();
            if (!TEXT_BLOCKS.contains(tag) || insideTextBlock(element, main)) {
                continue;
            }
            if (HEADINGS.contains(tag)) {
                collector.heading(tag.charAt(1) - '0', element.text());
            } else if (tag.equals("pre")) {
                collector.codeBlock(element.wholeText());
                continue;
            } else if (tag.equals("table")) {
                collector.block(String.join(
                        "\n",
                        element.select(ROWS).stream()
                                .map(row ->
                                        String.join(" | ", row.select(ROW_CELLS).eachText()))
                                .toList()));
            } else if (!element.text().isBlank()) {
                collector.block(tag.equals("li") ? "- " + element.text().strip() : element.text());
            }
            marks(element, collector);
        }
        List<Section> sections = collector.sections();
        return sections.isEmpty() && !main.text().isBlank() ? List.of(new Section(0, "", main.text())) : sections;
    }

    private static void marks(Element block, SectionCollector collector) {
        block.select(MARKED).forEach(e -> collector.marked(e.text()));
        block.select(LINKS).forEach(a -> collector.link(a.text(), a.attr("href")));
    }

    private static boolean insideTextBlock(Element element, Element main) {
        for (Element parent = element.parent(); parent != null && parent != main; parent = parent.parent()) {
            if (TEXT_BLOCKS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        root.forEachNode(node -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
    }
}
