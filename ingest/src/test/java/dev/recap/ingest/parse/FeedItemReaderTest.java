package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemReaderTest {

    private final FeedItemReader reader = new FeedItemReader();

    @Test
    void shouldTakeMetadataFromTheItemAndSectionsFromItsHtml() {
        FeedItem item = new FeedItem(
                "Day one",
                "Ann Lee",
                OffsetDateTime.parse("2023-04-19T18:00:00+02:00"),
                null,
                "https://notes.example.org/day-one/",
                "g-1",
                List.of("kubecon"),
                "<p>Intro.</p><h2>Talk: Flux Multi-Tenancy Deep Dive</h2><p>Tenants.</p>",
                false,
                null);

        ParsedPost post = ((ParseResult.Parsed) reader.read(item, PostFormat.RSS, null)).post();

        assertThat(post.title()).isEqualTo("Day one");
        assertThat(post.author()).isEqualTo("Ann Lee");
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-19T18:00:00+02:00"));
        assertThat(post.publishedDate()).isEqualTo(LocalDate.parse("2023-04-19"));
        assertThat(post.dateSource()).isEqualTo(DateSource.FEED);
        assertThat(post.canonicalUrl()).isEqualTo("https://notes.example.org/day-one/");
        assertThat(post.format()).isEqualTo(PostFormat.RSS);
        assertThat(post.tags()).containsExactly("kubecon");
        assertThat(post.sections())
                .extracting(Section::heading)
                .containsExactly("", "Talk: Flux Multi-Tenancy Deep Dive");
    }

    @Test
    void shouldReadTheFetchedArticleInsteadOfTheSummary() {
        FeedItem item = new FeedItem(
                "Platform day",
                null,
                null,
                null,
                "https://notes.example.org/p/",
                null,
                List.of(),
                "Short.",
                true,
                null);
        String article = "<html><body><nav>Home</nav><article><h1>Platform day</h1>"
                + "<p>The full text of the article.</p></article></body></html>";

        ParsedPost post = ((ParseResult.Parsed) reader.read(item, PostFormat.RSS, article)).post();

        assertThat(post.bodyText()).isEqualTo("Platform day\n\nThe full text of the article.");
        assertThat(post.published()).isNull();
        assertThat(post.dateSource()).isNull();
    }

    @Test
    void shouldSkipAnItemWithoutTitleOrText() {
        FeedItem item = new FeedItem(null, null, null, null, null, "g-2", List.of(), "", false, null);

        ParseResult result = reader.read(item, PostFormat.ATOM, null);

        assertThat(result)
                .isEqualTo(ParseResult.skipped(SkipReason.NO_TITLE, "feed item guid:g-2 has no title or text"));
    }
}
