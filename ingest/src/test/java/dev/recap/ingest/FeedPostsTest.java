package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.DocumentParser;
import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.parse.SkippedItem;
import dev.recap.ingest.source.ArticleSource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedPostsTest {

    private final DocumentResult.Feed feed = (DocumentResult.Feed)
            new DocumentParser().parse(Fixtures.bytes("rss/rss-summary-item-and-unreadable-item.xml"));

    @Test
    void shouldLeaveOutTheItemItCannotReadWithItsXmlAndKeepTheOthers() {
        FeedPosts posts = new FeedPosts(TalkExtractor.standard(), ArticleSource.none());

        DocumentOutcome.Feed outcome = posts.extract(feed, feed.items());

        assertThat(outcome.posts())
                .extracting(p -> p.post().title())
                .containsExactly("KubeCon EU 2023, day three", "Platform day, briefly");
        assertThat(outcome.skipped())
                .extracting(
                        SkippedItem::reason,
                        SkippedItem::message,
                        s -> new String(s.original(), StandardCharsets.UTF_8))
                .containsExactly(tuple(
                        SkipReason.NO_TITLE,
                        "feed item guid:notes-empty has no title or text",
                        "<item>\n      <guid isPermaLink=\"false\">notes-empty</guid>\n"
                                + "      <pubDate>Wed, 19 Apr 2023 08:00:00 +0200</pubDate>\n    </item>"));
    }

    @Test
    void shouldDeadLetterOnlyTheItemAParserFailsOn() {
        ArticleSource failing = url -> {
            throw new IllegalStateException("broken article reader");
        };
        FeedPosts posts = new FeedPosts(TalkExtractor.standard(), failing);

        DocumentOutcome.Feed outcome = posts.extract(feed, feed.items());

        assertThat(outcome.posts()).extracting(p -> p.post().title()).containsExactly("KubeCon EU 2023, day three");
        assertThat(outcome.skipped())
                .extracting(SkippedItem::reason, SkippedItem::message)
                .containsExactly(
                        tuple(
                                SkipReason.PARSER_FAILURE,
                                "feed item guid:notes-platform-day: java.lang.IllegalStateException: broken article reader"),
                        tuple(SkipReason.NO_TITLE, "feed item guid:notes-empty has no title or text"));
        assertThat(new String(outcome.skipped().get(0).original(), StandardCharsets.UTF_8))
                .startsWith("<item>\n      <title>Platform day, briefly</title>")
                .endsWith("</item>");
    }

    @Test
    void shouldKeepTheNamespaceDeclarationsAnItemsXmlNeeds() {
        assertThat(feed.items().get(0).xml())
                .startsWith("<item>")
                .contains("<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">");
    }
}
