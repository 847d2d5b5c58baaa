package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecapCommandLineTest {

    private final CommandLineCapture cli = new CommandLineCapture();

    @Test
    void shouldListEveryCommandInHelp() {
        int code = cli.run("--help");

        assertThat(code).isZero();
        assertThat(cli.out.toString())
                .contains("demo", "ingest", "extract", "streams", "notifier", "topics", "subscribers", "help");
    }

    @Test
    void shouldSayWhatIsWrongWithAnUnknownOptionAndExitWithUsageError() {
        int code = cli.run("demo", "--post", "samples/posts");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: Unknown options: '--post', 'samples/posts'",
                        "Possible solutions: --posts",
                        "Run 'recap demo --help' for usage.");
    }

    @Test
    void shouldRefuseAMissingPostsFolderBeforeStartingAnything() {
        int code = cli.run("demo", "--posts", "no/such/folder");

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString())
                .startsWith("recap: recap demo --posts: no/such/folder does not exist")
                .contains("Give a file or a folder of posts.");
    }

    @Test
    void shouldRefuseAnIngestPathThatDoesNotExist() {
        int code = cli.run("ingest", "missing.md", "--bootstrap-servers", "localhost:1");

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString()).startsWith("recap: recap ingest: missing.md does not exist");
    }

    @Test
    void shouldListTheTopicCatalogueWithoutABroker() {
        int code = cli.run("topics");

        assertThat(code).isZero();
        assertThat(cli.out.toString().lines())
                .containsExactly(
                        "posts              compact  3 partitions",
                        "talk-mentions      delete   3 partitions",
                        "scheduled-talks    compact  3 partitions",
                        "theme-days         compact  3 partitions",
                        "digests            compact  3 partitions",
                        "subscribers        compact  3 partitions",
                        "deliveries         compact  3 partitions",
                        "dead-letters       delete   3 partitions");
    }
}
