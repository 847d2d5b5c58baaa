package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import dev.recap.ingest.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MarkdownPostParserTest {

    @Test
    void shouldReadMetadataFromYamlFrontMatter() {
        ParsedPost post = Fixtures.parsed("markdown/yaml-front-matter.md");

        assertThat(post.format()).isEqualTo(PostFormat.MARKDOWN);
        assertThat(post.title()).isEqualTo("KubeCon EU 2023, day two");
        assertThat(post.author()).isEqualTo("Ann Lee");
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-20T23:15:00+02:00"));
        assertThat(post.dateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(post.tags()).containsExactly("gitops", "security", "conferences", "kubecon");
        assertThat(post.canonicalUrl()).isEqualTo("https://blog.example.org/kubecon-day-two/");
        assertThat(post.language()).isEqualTo("en");
    }

    @Test
    void shouldKeepTheDateAsWrittenInThePostsOwnOffset() {
        ParsedPost post = Fixtures.parsed("markdown/yaml-front-matter.md");

        LocalDate date = post.publishedDate();

        assertThat(date).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    void shouldReadMetadataFromTomlFrontMatter() {
        ParsedPost post = Fixtures.parsed("markdown/toml-front-matter.md");

        assertThat(post.title()).isEqualTo("Cloud native week");
        assertThat(post.author()).isNull();
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-23T14:00:00Z"));
        assertThat(post.updated()).isEqualTo(OffsetDateTime.parse("2023-04-25T08:00:00Z"));
        assertThat(post.tags()).containsExactly("ebpf");
        assertThat(post.canonicalUrl()).isEqualTo("https://notes.example.net/cloud-native-week/");
    }

    @Test
    void shouldReadJekyllDateWithSpaceSeparatedOffset() {
        ParsedPost post = Fixtures.parsed("markdown/jekyll-front-matter.markdown");

        assertThat(post.title()).isEqualTo("KubeCon 2023 - Jour 3");
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-21T18:30:00+02:00"));
        assertThat(post.language()).isEqualTo("fr");
        assertThat(post.tags()).containsExactly("kubernetes", "conference");
    }

    @Test
    void shouldIgnoreRelativePermalinkAsCanonicalUrl() {
        ParsedPost post = Fixtures.parsed("markdown/jekyll-front-matter.markdown");

        assertThat(post.canonicalUrl()).isNull();
    }

    @Test
    void shouldTakeTitleFromFirstHeadingWithoutFrontMatter() {
        ParsedPost post = Fixtures.parsed("markdown/no-front-matter.md");

        assertThat(post.format()).isEqualTo(PostFormat.MARKDOWN);
        assertThat(post.title()).isEqualTo("What I learned at KubeCon");
        assertThat(post.published()).isNull();
        assertThat(post.dateSource()).isNull();
    }

    @Test
    void shouldRenderMarkdownAsPlainTextWithoutLinkTargets() {
        ParsedPost post = Fixtures.parsed("markdown/no-front-matter.md");

        assertThat(post.bodyText())
                .isEqualTo("Some text before the first heading.\n\n"
                        + "What I learned at KubeCon\n\n"
                        + "The conference was huge and the hallway track was the best part, as always.\n\n"
                        + "- first item\n- second item");
        assertThat(post.summary())
                .isEqualTo("The conference was huge and the hallway track was the best part, as always.");
    }

    @Test
    void shouldNotUseLastmodAsPublicationDate() {
        ParsedPost post = Fixtures.parsed("markdown/lastmod-not-date.md");

        assertThat(post.published()).isNull();
        assertThat(post.publishedDate()).isNull();
        assertThat(post.dateSource()).isNull();
        assertThat(post.updated()).isEqualTo(OffsetDateTime.parse("2023-05-02T10:00:00+02:00"));
    }

    @Test
    void shouldStripMarkupFromAuthor() {
        ParsedPost post = Fixtures.parsed("markdown/author-with-link.md");

        assertThat(post.author()).isEqualTo("Ann Lee");
    }

    @Test
    void shouldSkipFrontMatterWithDuplicateKeys() {
        ParseResult.Skipped skipped = Fixtures.skipped("markdown/duplicate-key.md");

        assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_FRONT_MATTER);
        assertThat(skipped.message()).contains("duplicate key title");
    }

    @Test
    void shouldCutSectionsAtHeadingsSkippingImageOnlyContent() {
        ParsedPost post = Fixtures.parsed("markdown/yaml-front-matter.md");

        assertThat(post.sections())
                .extracting(Section::level, Section::heading)
                .containsExactly(
                        tuple(1, "Notes from Amsterdam"),
                        tuple(2, "Day 2"),
                        tuple(3, "Keynotes"),
                        tuple(3, "Talk: Flux: Multi-tenancy Deep Dive"),
                        tuple(3, "Operate Multi-Tenancy Service Mesh with ArgoCD in Production"),
                        tuple(2, "Conclusion"));
        assertThat(post.sections().get(4).text())
                .isEqualTo("By Lin Sun (Solo.io) and Faseela K (Ericsson Software Technology)\n\n"
                        + "Istio with Argo CD in a shared cluster.");
    }
}
