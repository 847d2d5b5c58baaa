package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.Fixtures;
import org.junit.jupiter.api.Test;

class OpmlParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void shouldListTheHttpFeedsOfNestedOutlinesOnce() {
        DocumentResult result = parser.parse(Fixtures.bytes("opml/opml-list.opml"));

        assertThat(result).isInstanceOf(DocumentResult.FeedList.class);
        DocumentResult.FeedList list = (DocumentResult.FeedList) result;
        assertThat(list.feeds())
                .containsExactly("https://notes.example.org/feed.xml", "https://log.example.net/atom.xml");
        assertThat(list.skipped()).containsExactly("file:///etc/feed.xml: not an absolute http(s) URL");
    }

    @Test
    void shouldRefuseAnOpmlListDeclaringADoctype() {
        DocumentResult result = parser.parse(Fixtures.bytes("opml/opml-with-doctype.opml"));

        assertThat(result).isInstanceOf(DocumentResult.Skipped.class);
        DocumentResult.Skipped skipped = (DocumentResult.Skipped) result;
        assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_FEED_LIST);
        assertThat(skipped.message())
                .isEqualTo("not a readable OPML list: it declares a DOCTYPE, which is refused (no XML entities)");
    }
}
