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

    @Test
    void shouldNameShortenedTalksByTheirOfficialTitleFromAScheduleAmongTheInputs() {
        int code = cli.run("extract", FIXTURES + "shortened-titles.md", FIXTURES + "schedule.ics");

        assertThat(code).isZero();
        assertThat(cli.out.toString().lines())
                .contains(
                        "    1. Argocd core",
                        "       officially \"Argo CD Core - A Pure GitOps Agent for Kubernetes\"",
                        "    2. Malicious compliance",
                        "       officially \"Malicious Compliance: Reflections on Trusting Container Scanners\"",
                        FIXTURES + "schedule.ics",
                        "  schedule of 2 talk(s)",
                        "    Argo CD Core - A Pure GitOps Agent for Kubernetes",
                        "    Malicious Compliance: Reflections on Trusting Container Scanners");
    }

    @Test
    void shouldTakeOfficialTitlesFromAScheduleOption() {
        int code =
                cli.run("extract", "--json", "--schedule", FIXTURES + "schedule.ics", FIXTURES + "shortened-titles.md");

        assertThat(code).isZero();
        assertThat(cli.out.toString().lines()).hasSize(1);
        assertThat(cli.out.toString())
                .contains("\"title\":\"Argocd core\",\"canonicalTitle\":\"Argo CD Core - A Pure GitOps Agent for"
                        + " Kubernetes\"")
                .contains("\"title\":\"Malicious compliance\",\"canonicalTitle\":\"Malicious Compliance: Reflections"
                        + " on Trusting Container Scanners\"");
    }

    @Test
    void shouldPrintOneLinePerFeedItemAndTheTalksOfASchedule() {
        int code = cli.run("extract", "--json", "../samples/feeds/recap-feed.xml", FIXTURES + "schedule.ics");

        assertThat(code).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"file\":\"../samples/feeds/recap-feed.xml\",\"item\":1,\"post\":{");
        assertThat(lines.get(1)).startsWith("{\"file\":\"../samples/feeds/recap-feed.xml\",\"item\":2,\"post\":{");
        assertThat(lines.get(2)).startsWith("{\"file\":\"../samples/feeds/recap-feed.xml\",\"item\":3,\"post\":{");
        assertThat(lines.get(3))
                .isEqualTo("{\"file\":\"" + FIXTURES + "schedule.ics\",\"schedule\":{\"talks\":["
                        + "{\"id\":\"argo-core@recap.test\",\"title\":\"Argo CD Core - A Pure GitOps Agent for"
                        + " Kubernetes\",\"speakers\":[],\"start\":\"2023-04-19T14:00:00Z\",\"end\":\"2023-04-19T14:35:00Z\","
                        + "\"room\":\"Hall 7\",\"track\":null,\"url\":null},"
                        + "{\"id\":\"malicious@recap.test\",\"title\":\"Malicious Compliance: Reflections on Trusting"
                        + " Container Scanners\",\"speakers\":[],\"start\":\"2023-04-21T11:00:00Z\","
                        + "\"end\":\"2023-04-21T11:35:00Z\",\"room\":\"Auditorium\",\"track\":null,\"url\":null}]}}");
    }

    @Test
    void shouldRefuseAScheduleOptionThatIsNotASchedule() {
        int code = cli.run("extract", "--schedule", FIXTURES + "one-talk.md", FIXTURES + "one-talk.md");

        assertThat(code).isEqualTo(1);
        assertThat(cli.out.toString()).isEmpty();
        assertThat(cli.err.toString())
                .contains("recap extract --schedule: " + FIXTURES + "one-talk.md is not an iCal schedule")
                .contains("Give a .ics file with VEVENTs");
    }
}
