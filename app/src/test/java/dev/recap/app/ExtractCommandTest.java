package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {

    private static final String FIXTURES = "src/test/resources/fixtures/extract/";
    private static final String ONE_TALK_JSON = "{\"file\":\"" + FIXTURES + "one-talk.md\","
            + "\"post\":{\"title\":\"GitOps at KubeCon Europe 2023\",\"author\":\"Ada Lovelace\","
            + "\"date\":\"2023-04-19\",\"dateSource\":\"front_matter\",\"language\":\"en\",\"format\":\"markdown\","
            + "\"tags\":[\"gitops\",\"kubecon\"],\"url\":null},"
            + "\"themes\":[\"gitops-delivery\"],\"projects\":[\"Argo\",\"Kubernetes\"],"
            + "\"talks\":[{\"title\":\"Argo CD Core - A Pure GitOps Agent for Kubernetes\",\"canonicalTitle\":null,"
            + "\"speakers\":[{\"name\":\"Alexander Matyushentsev\",\"company\":\"Akuity\"}],"
            + "\"day\":\"2023-04-19\",\"themes\":[\"gitops-delivery\"],\"projects\":[\"Argo\",\"Kubernetes\"],"
            + "\"summary\":\"Argo CD without its UI: a GitOps agent with continuous delivery and drift reconciliation.\"}]}";

    private final CommandLineCapture cli = new CommandLineCapture();

    @Test
    void shouldPrintAPostWithItsThemesProjectsAndTalksAsOneJsonLine() {
        int code = cli.run("extract", "--json", FIXTURES + "one-talk.md");

        assertThat(code).isZero();
        assertThat(cli.out.toString().lines()).containsExactly(ONE_TALK_JSON);
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void shouldPrintEveryInputAndARejectionReasonThenExitWithOne() {
        int code = cli.run("extract", "--json", FIXTURES + "empty.md", FIXTURES + "one-talk.md");

        assertThat(code).isEqualTo(1);
        assertThat(cli.out.toString().lines())
                .containsExactly(
                        "{\"file\":\"" + FIXTURES + "empty.md\",\"error\":{\"reason\":\"empty\","
                                + "\"message\":\"the input is empty\"}}",
                        ONE_TALK_JSON);
    }

    @Test
    void shouldPrintAReadableSummaryWithoutJson() {
        int code = cli.run("extract", FIXTURES + "one-talk.md");

        assertThat(code).isZero();
        assertThat(cli.out.toString().lines())
                .containsExactly(
                        FIXTURES + "one-talk.md",
                        "  title:    GitOps at KubeCon Europe 2023",
                        "  author:   Ada Lovelace",
                        "  date:     2023-04-19 (from front matter)",
                        "  format:   markdown, language en",
                        "  tags:     gitops, kubecon",
                        "  url:      -",
                        "  themes:   gitops-delivery",
                        "  projects: Argo, Kubernetes",
                        "  talks:    1",
                        "    1. Argo CD Core - A Pure GitOps Agent for Kubernetes",
                        "       by Alexander Matyushentsev (Akuity)",
                        "       day 2023-04-19; themes gitops-delivery; projects Argo, Kubernetes",
                        "");
    }

    @Test
    void shouldRefuseAPathThatDoesNotExistAsAUsageError() {
        int code = cli.run("extract", "--json", "no/such/post.md");

        assertThat(code).isEqualTo(1);
        assertThat(cli.out.toString()).isEmpty();
        assertThat(cli.err.toString())
                .startsWith("recap: recap extract: no/such/post.md does not exist")
                .contains("Give a file or a folder of posts.");
    }

    @Test
    void shouldPrintOneLinePerSeedPostAndSkipTheSeedFolderDocuments() {
        Path seeds = SeedFolder.find();
        assumeThat(seeds).as("shared/seeds next to the repository").isNotNull();

        int code = cli.run("extract", "--json", seeds.toString());

        assertThat(code).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines)
                .extracting(line -> line.substring(0, line.indexOf(",\"post\":")))
                .containsExactly(
                        "{\"file\":\"" + seeds + "/000_1921c9d96923f25c.txt\"",
                        "{\"file\":\"" + seeds + "/001_7daedeb4949b0461.txt\"",
                        "{\"file\":\"" + seeds + "/002_3e0f7206c3189629.txt\"",
                        "{\"file\":\"" + seeds + "/003_36917bbf22481b60.txt\"",
                        "{\"file\":\"" + seeds + "/004_a8e8e0d684113aed.txt\"");
    }
}
