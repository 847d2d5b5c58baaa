package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.PostFormat;
import dev.recap.ingest.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void shouldReadAnRssItemWithoutPubDateKeepingItsContent() {
        DocumentResult result = parser.parse(Fixtures.bytes("rss/rss-missing-pubdate.xml"));

        assertThat(result).isInstanceOf(DocumentResult.Feed.class);
        DocumentResult.Feed feed = (DocumentResult.Feed) result;
        assertThat(feed.format()).isEqualTo(PostFormat.RSS);
        assertThat(feed.title()).isEqualTo("Cloud notes");
        assertThat(feed.items()).hasSize(1);
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("KubeCon EU 2023: what we saw");
        assertThat(item.author()).isEqualTo("Ann Lee");
        assertThat(item.published()).isNull();
        assertThat(item.link()).isEqualTo("https://notes.example.org/kubecon-eu-2023/");
        assertThat(item.guid()).isEqualTo("notes-42");
        assertThat(item.categories()).containsExactly("kubecon", "gitops");
        assertThat(item.summaryOnly()).isFalse();
        assertThat(item.html()).startsWith("<p>Amsterdam was busy.</p>");
    }

    @Test
    void shouldMarkAnRssItemWithOnlyADescriptionAsSummaryOnly() {
        DocumentResult.Feed feed = (DocumentResult.Feed) parser.parse(Fixtures.bytes("rss/rss-summary-only.xml"));

        FeedItem item = feed.items().get(0);
        assertThat(item.summaryOnly()).isTrue();
        assertThat(item.html()).isEqualTo("A short summary of platform engineering day.");
        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2023-04-18T19:30:00+02:00"));
    }

    @Test
    void shouldKeepTheOffsetAnAtomEntryWroteItsDatesIn() {
        DocumentResult.Feed feed =
                (DocumentResult.Feed) parser.parse(Fixtures.bytes("atom/atom-published-with-offset.xml"));

        FeedItem item = feed.items().get(0);
        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2023-04-21T23:30:00+02:00"));
        assertThat(item.published().toLocalDate()).isEqualTo(LocalDate.parse("2023-04-21"));
        assertThat(item.updated()).isEqualTo(OffsetDateTime.parse("2023-04-22T00:15:00+02:00"));
    }

    @Test
    void shouldReadANamedRfc822ZoneAsItsOffset() {
        DocumentResult.Feed feed =
                (DocumentResult.Feed) parser.parse(Fixtures.bytes("rss/rss-one-unreadable-item.xml"));

        assertThat(feed.items())
                .extracting(FeedItem::published)
                .containsExactly(
                        OffsetDateTime.parse("2023-04-18T19:30:00-07:00"),
                        OffsetDateTime.parse("2023-04-19T08:00:00+02:00"),
                        OffsetDateTime.parse("2023-04-21T23:30:00-07:00"));
    }

    @Test
    void shouldKeepEachItemsOwnXml() {
        DocumentResult.Feed feed =
                (DocumentResult.Feed) parser.parse(Fixtures.bytes("rss/rss-one-unreadable-item.xml"));

        assertThat(feed.items().get(1).xml())
                .isEqualTo("<item>\n      <guid isPermaLink=\"false\">notes-empty</guid>\n"
                        + "      <pubDate>Wed, 19 Apr 2023 08:00:00 +0200</pubDate>\n    </item>");
    }

    @Test
    void shouldReadAnAtomEntryWithItsContent() {
        DocumentResult result = parser.parse(Fixtures.bytes("atom/atom-entry-content.xml"));

        DocumentResult.Feed feed = (DocumentResult.Feed) result;
        assertThat(feed.format()).isEqualTo(PostFormat.ATOM);
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Malicious compliance, revisited");
        assertThat(item.author()).isEqualTo("Bo Chen");
        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2023-04-21T16:00:00Z"));
        assertThat(item.updated()).isEqualTo(OffsetDateTime.parse("2023-04-22T09:00:00Z"));
        assertThat(item.link()).isEqualTo("https://log.example.net/2023/malicious-compliance");
        assertThat(item.guid()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(item.categories()).containsExactly("security");
        assertThat(item.summaryOnly()).isFalse();
        assertThat(item.html()).contains("<h2>What to do</h2>");
    }

    @Test
    void shouldRefuseAFeedDeclaringADoctype() {
        DocumentResult result = parser.parse(Fixtures.bytes("rss/rss-with-doctype.xml"));

        assertThat(result).isInstanceOf(DocumentResult.Skipped.class);
        DocumentResult.Skipped skipped = (DocumentResult.Skipped) result;
        assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_FEED);
        assertThat(skipped.message())
                .isEqualTo("not a readable feed: it declares a DOCTYPE, which is refused (no XML entities)");
    }

    @Test
    void shouldSkipAFeedThatIsNotWellFormed() {
        DocumentResult result = parser.parse("<rss version=\"2.0\"><channel><title>cut".getBytes());

        assertThat(result).isInstanceOf(DocumentResult.Skipped.class);
        assertThat(((DocumentResult.Skipped) result).reason()).isEqualTo(SkipReason.INVALID_FEED);
    }
}
