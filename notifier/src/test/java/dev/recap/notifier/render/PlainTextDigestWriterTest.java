package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.notifier.TestDigests;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PlainTextDigestWriterTest {

    @Test
    void shouldWrapLongLinesAtSeventyTwoColumnsWithTheContinuationIndent() {
        String text = "word ".repeat(40).strip();
        StringBuilder out = new StringBuilder();

        PlainTextDigestWriter.wrap(out, "* ", text, "  ");

        assertThat(out.toString().split("\n"))
                .containsExactly(
                        "* " + "word ".repeat(13) + "word",
                        "  " + "word ".repeat(13) + "word",
                        "  " + "word ".repeat(11) + "word");
    }

    @Test
    void shouldKeepAWordLongerThanALineWhole() {
        String url = "https://example.org/" + "a".repeat(80);
        StringBuilder out = new StringBuilder();

        PlainTextDigestWriter.wrap(out, "", "see " + url, "");

        assertThat(out.toString()).isEqualTo("see\n" + url + "\n");
    }

    @Test
    void shouldWriteTheSameStructureAsTheHtmlWithATextChartAndTheUnsubscribeLink() {
        DigestRenderer renderer = new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")));
        WeekActivity activity = WeekActivity.of(NewsletterFixtures.MONDAY, NewsletterFixtures.themeDays());

        String text = renderer.renderEmail(
                        NewsletterFixtures.kubeconWeek(),
                        activity,
                        TestDigests.subscriber("ada", "en"),
                        URI.create("https://recap.example.org/unsubscribe?subscriber=ada"))
                .text();

        assertThat(text)
                .startsWith("Recap — week 2023-W16\n=====================\nIssue #16 · 17–23 April 2023\n")
                .containsSubsequence(
                        "\nHeadlines\n---------\n\n* " + NewsletterFixtures.ARGO + "\n",
                        "  Sources:\n  - KubeCon EU 2023, day 1: what we learned — Jane Blogger (en)\n"
                                + "    https://blog.example.org/kubecon-day1\n",
                        "\nGitOps & Delivery\n-----------------\n"
                                + "Shipping changes safely: Git as the source of truth, pipelines and\n"
                                + "progressive rollouts.\n"
                                + "▅▁█▂▁▁▁ Activity Mon 3, Tue 0, Wed 5, Thu 1, Fri 0, Sat 0, Sun 0\n",
                        "\nProjects in the spotlight\n-------------------------\n* Argo: 6 (+2), graduated\n",
                        "\nPosts from the community\n------------------------\n",
                        "\nLate arrivals\n-------------\n",
                        "  Alice Doe (Acme), Bruno Roe · Wednesday 19 April 2023 · arrived Monday\n  24 April 2023\n")
                .endsWith("\n-- \nYou get this email because you subscribed to Recap with ada@example.org,\n"
                        + "following every theme.\n"
                        + "Preferences: https://recap.example.org/preferences?subscriber=ada\n"
                        + "Unsubscribe: https://recap.example.org/unsubscribe?subscriber=ada\n"
                        + "Read this digest on the web: https://recap.example.org/web/2023-W16.html\n"
                        + "Data: CNCF Cloud Native Landscape (github.com/cncf/landscape), CC BY\n"
                        + "4.0, modified (subset of fields). CNCF maturity as of 2026.\n");
    }
}
