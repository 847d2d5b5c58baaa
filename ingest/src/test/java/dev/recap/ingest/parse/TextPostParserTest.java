package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.events.PostFormat;
import dev.recap.ingest.Fixtures;
import org.junit.jupiter.api.Test;

class TextPostParserTest {

    @Test
    void shouldTakeTitleFromFirstLineAfterPageFurniture() {
        ParsedPost post = Fixtures.parsed("text/bare-text.txt");

        assertThat(post.format()).isEqualTo(PostFormat.TEXT);
        assertThat(post.title()).isEqualTo("Back from KubeCon Amsterdam");
    }

    @Test
    void shouldReadAuthorFromAuthorLabel() {
        ParsedPost post = Fixtures.parsed("text/bare-text.txt");

        assertThat(post.author()).isEqualTo("Jane Doe");
    }

    @Test
    void shouldNotInventADateTheTextDoesNotState() {
        ParsedPost post = Fixtures.parsed("text/bare-text.txt");

        assertThat(post.published()).isNull();
        assertThat(post.dateSource()).isNull();
    }

    @Test
    void shouldCutSectionsAtLinesFollowedByAnchorAndStopAtRelatedArticles() {
        ParsedPost post = Fixtures.parsed("text/bare-text.txt");

        assertThat(post.sections())
                .extracting(Section::level, Section::heading)
                .containsExactly(
                        tuple(0, ""),
                        tuple(2, "Three days in Amsterdam"),
                        tuple(2, "Growing a Platform Team par Jane Doe (Example Corp) et John Roe"));
        assertThat(post.bodyText()).doesNotContain("Another post from this blog");
    }

    @Test
    void shouldReadTagsFromALabelledLine() {
        ParsedPost post = Fixtures.parsed("text/tags-line.txt");

        assertThat(post.tags()).containsExactly("kubernetes", "kubecon", "gitops");
    }

    @Test
    void shouldReadTagsFromTheWordLineUnderAReadingTime() {
        ParsedPost post = Fixtures.parsed("text/reading-time-tags.txt");

        assertThat(post.tags()).containsExactly("kubernetes", "kubecon", "ebpf", "community");
    }
}
