package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlBlockTextTest {

    @Test
    void blocksOfTagsAloneHaveNoTextAsJsoupSays() {
        for (String html : List.of("<br>", "<br/>\n", "<div class=\"x\">\n</div>", "<!-- note -->", "<hr>  <p></p>")) {
            assertThat(MarkdownSections.onlyTags(html)).as(html).isTrue();
            assertThat(Jsoup.parse(html).text()).as(html).isEmpty();
        }
    }

    @Test
    void blocksWithAnythingElseGoToJsoup() {
        for (String html : List.of(
                "<p>Talk</p>", "< 5", "<a title=\"a>b\">", "&nbsp;", "<!-- a > b -->", "<5>", "<title>x</title>")) {
            assertThat(MarkdownSections.onlyTags(html)).as(html).isFalse();
        }
    }
}
