package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RecapCommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Recap.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void shouldListEveryCommandInHelp() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("demo", "ingest", "extract", "streams", "notifier", "topics", "subscribers", "help");
    }

    @Test
    void shouldSayWhatIsWrongWithAnUnknownOptionAndExitWithUsageError() {
        int code = run("demo", "--post", "samples/posts");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines())
                .containsExactly(
                        "recap: Unknown options: '--post', 'samples/posts'",
                        "Possible solutions: --posts",
                        "Run 'recap demo --help' for usage.");
    }

    @Test
    void shouldRefuseAMissingPostsFolderBeforeStartingAnything() {
        int code = run("demo", "--posts", "no/such/folder");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("recap: recap demo --posts: no/such/folder does not exist")
                .contains("Give a file or a folder of posts.");
    }

    @Test
    void shouldRefuseAnIngestPathThatDoesNotExist() {
        int code = run("ingest", "missing.md", "--bootstrap-servers", "localhost:1");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("recap: recap ingest: missing.md does not exist");
    }

    @Test
    void shouldListTheTopicCatalogueWithoutABroker() {
        int code = run("topics");

        assertThat(code).isZero();
        assertThat(out.toString().lines())
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
