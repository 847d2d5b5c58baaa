package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import dev.recap.ingest.Fixtures;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HtmlPostParserTest {

    @Test
    void shouldKeepOnlyTheArticleDroppingNavSidebarFooterScriptsAndComments() {
        ParsedPost post = Fixtures.parsed("html/page-with-nav-footer-sidebar.html");

        assertThat(post.bodyText())
                .isEqualTo("Retour de KubeCon Europe 2023\n\n"
                        + "Une semaine à Amsterdam pour la KubeCon, avec beaucoup de sessions sur la sécurité"
                        + " et le GitOps.\n\n"
                        + "Argo CD Core - A Pure GitOps Agent for Kubernetes\n\n"
                        + "Par Alexander Matyushentsev (Akuity) et Leonardo Luz Almeida (Intuit)\n\n"
                        + "Argo CD sans interface ni API, seulement le contrôleur.");
    }

    @Test
    void shouldReadMetadataFromMetaTags() {
        ParsedPost post = Fixtures.parsed("html/page-with-nav-footer-sidebar.html");

        assertThat(post.format()).isEqualTo(PostFormat.HTML);
        assertThat(post.title()).isEqualTo("Retour de KubeCon Europe 2023");
        assertThat(post.author()).isEqualTo("Ann Lee");
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-20T08:00:00+02:00"));
        assertThat(post.dateSource()).isEqualTo(DateSource.HTML_META);
        assertThat(post.tags()).containsExactly("kubecon");
        assertThat(post.canonicalUrl()).isEqualTo("https://blog.example.org/retour-kubecon/");
        assertThat(post.language()).isEqualTo("fr");
    }

    @Test
    void shouldTakeDateFromTimeElementAndTitleFromHeadWhenNothingElseStatesThem() {
        ParsedPost post = Fixtures.parsed("html/time-element-date.html");

        assertThat(post.title()).isEqualTo("Page title only");
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2023-04-21T00:00:00Z"));
        assertThat(post.author()).isNull();
        assertThat(post.language()).isNull();
    }
}
