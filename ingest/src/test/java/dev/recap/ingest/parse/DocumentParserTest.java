package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    @Test
    void shouldRecogniseAnRssFeedFromItsContentWhateverItsName() {
        ContentKind kind = FormatDetector.detect(text("rss/rss-missing-pubdate.xml"));

        assertThat(kind).isEqualTo(ContentKind.RSS);
    }

    @Test
    void shouldRecogniseAnAtomFeedByItsNamespace() {
        ContentKind kind = FormatDetector.detect(text("atom/atom-entry-content.xml"));

        assertThat(kind).isEqualTo(ContentKind.ATOM);
    }

    @Test
    void shouldNotTakeAFeedElementWithoutTheAtomNamespaceForAtom() {
        ContentKind kind = FormatDetector.detect("<feed><title>x</title></feed>");

        assertThat(kind).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void shouldRecogniseAnOpmlList() {
        ContentKind kind = FormatDetector.detect(text("opml/opml-list.opml"));

        assertThat(kind).isEqualTo(ContentKind.OPML);
    }

    @Test
    void shouldRecogniseACalendar() {
        ContentKind kind = FormatDetector.detect(text("ical/ical-schedule.ics"));

        assertThat(kind).isEqualTo(ContentKind.ICAL);
    }

    @Test
    void shouldRecogniseAFeedBehindADoctypeSoThatItIsRefusedAsAFeed() {
        ContentKind kind = FormatDetector.detect(text("rss/rss-with-doctype.xml"));

        assertThat(kind).isEqualTo(ContentKind.RSS);
    }

    @Test
    void shouldStillReadAnHtmlPageAsOnePost() {
        DocumentResult result = new DocumentParser().parse(Fixtures.bytes("html/time-element-date.html"));

        assertThat(result).isInstanceOf(DocumentResult.Post.class);
    }

    @Test
    void shouldTellThePostParserThatAFeedIsNotOnePost() {
        ParseResult result = new PostParser().parse(text("rss/rss-missing-pubdate.xml"));

        assertThat(result)
                .isEqualTo(ParseResult.skipped(
                        SkipReason.NOT_A_POST, "the input is an RSS feed, not one post; read it with DocumentParser"));
    }

    private static String text(String fixture) {
        return new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
    }
}
