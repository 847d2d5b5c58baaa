package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command lines are refused before any broker is contacted (none listens on localhost:1). */
class SubscribersCommandTest {

    private static final String NO_BROKER = "localhost:1";

    private final CommandLineCapture cli = new CommandLineCapture();

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAWebhookUrlForSlackAndSayWhereItBelongs() {
        int code = cli.run(
                "subscribers",
                "add",
                "--email",
                "ops@example.org",
                "--channels",
                "slack",
                "--slack",
                "https://hooks.slack.com/services/T000/B000/XXXXSECRET",
                "--bootstrap-servers",
                NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: --slack takes the name of a Slack channel, not a webhook URL. The URL is a secret and"
                                + " is never written to Kafka: put it in the environment as"
                                + " RECAP_SLACK_WEBHOOK_<NAME> (for example RECAP_SLACK_WEBHOOK_KUBEWEEKLY_FR) and give"
                                + " the name (kubeweekly-fr)",
                        "Run 'recap subscribers add --help' for usage.");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void shouldListTheValidThemeIdsWhenAThemeIsUnknown() {
        int code = cli.run(
                "subscribers",
                "add",
                "--email",
                "ada@example.org",
                "--themes",
                "wasm,k8s",
                "--bootstrap-servers",
                NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: --themes 'k8s' is not a theme id; use 'all' or any of: gitops-delivery,"
                                + " ebpf-networking, security-supply-chain, observability, service-mesh, sustainability,"
                                + " storage-stateful, runtime-containers, platform-multitenancy, wasm, ai-ml, community,"
                                + " other",
                        "Run 'recap subscribers add --help' for usage.");
    }

    @Test
    void shouldAskForAnEmailOrAnId() {
        int code = cli.run("subscribers", "add", "--name", "Ada", "--bootstrap-servers", NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: give --email ADDR (or --id ID for a Slack-only subscriber)",
                        "Run 'recap subscribers add --help' for usage.");
    }

    @Test
    void shouldRefuseAnInvalidEmail() {
        int code = cli.run("subscribers", "add", "--email", "ada.example.org", "--bootstrap-servers", NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .first()
                .isEqualTo("recap: --email 'ada.example.org' is not an email address (expected name@example.org)");
    }

    @Test
    void shouldRefuseUnsubscribedAsAStatusForAdd() {
        int code = cli.run(
                "subscribers",
                "add",
                "--email",
                "ada@example.org",
                "--status",
                "unsubscribed",
                "--bootstrap-servers",
                NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .first()
                .isEqualTo("recap: --status must be pending or active, was 'unsubscribed'");
    }

    @Test
    void shouldSayWhichStatusesListAccepts() {
        int code = cli.run("subscribers", "list", "--status", "gone", "--bootstrap-servers", NO_BROKER);

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: Invalid value for option '--status': expected one of [PENDING, ACTIVE, UNSUBSCRIBED, BOUNCED]"
                                + " (case-insensitive) but was 'gone'",
                        "Run 'recap subscribers list --help' for usage.");
    }

    @Test
    void shouldSuggestTheClosestSubcommand() {
        int code = cli.run("subscribers", "lists");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: Unmatched argument at index 1: 'lists'",
                        "Did you mean: subscribers list?",
                        "Run 'recap subscribers --help' for usage.");
    }

    @Test
    void shouldRefuseAnInvalidCsvBeforeContactingKafka() throws IOException {
        Path file = Files.writeString(
                dir.resolve("subscribers.csv"),
                "email,name,locale,themes,channels,slack,status\nada@example.org,Ada,de,,,,\n");

        int code = cli.run("subscribers", "import", file.toString(), "--bootstrap-servers", NO_BROKER);

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: " + file + " has 1 problem; nothing was published:",
                        file + ":2: locale must be en or fr, was 'de'");
    }

    @Test
    void shouldRefuseAFileThatIsNeitherCsvNorYaml() throws IOException {
        Path file = Files.writeString(dir.resolve("subscribers.txt"), "ada@example.org\n");

        int code = cli.run("subscribers", "import", file.toString(), "--bootstrap-servers", NO_BROKER);

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().lines()).containsExactly("recap: " + file + ": give a .csv, .yaml or .yml file");
    }

    @Test
    void shouldListTheSubcommandsInHelp() {
        int code = cli.run("subscribers", "--help");

        assertThat(code).isZero();
        assertThat(cli.out.toString()).contains("add", "remove", "list", "import");
    }
}
