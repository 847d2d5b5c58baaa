package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recap.events.Subscriber;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.subscribers.SubscriberIds;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code recap subscribers} against a real broker, each test on its own topics. */
class SubscribersCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADA = SubscriberIds.forEmail("ada@example.org");

    private TopicCatalogue topics;

    @BeforeEach
    void freshTopics() {
        topics = TestKafka.freshTopics();
    }

    @Test
    void shouldListASubscriberAfterAddingIt() throws Exception {
        CommandLineCapture add = run(
                "add",
                "--email",
                "ada@example.org",
                "--name",
                "Ada Martin",
                "--locale",
                "fr",
                "--themes",
                "wasm,ai-ml",
                "--slack",
                "kubeweekly-fr");
        CommandLineCapture list = run("list");

        assertThat(add.out.toString())
                .startsWith(ADA + " added: {\"id\":\"" + ADA + "\",\"email\":\"ada@example.org\"");
        List<String> lines = list.out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split(" +"))
                .containsExactly("ID", "EMAIL", "NAME", "LOCALE", "THEMES", "CHANNELS", "STATUS", "UPDATED");
        assertThat(lines.get(1))
                .matches(ADA + " +ada@example.org +Ada Martin +fr +wasm,ai-ml +email,slack:kubeweekly-fr +active"
                        + " +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void shouldUpdateOneRecordWhenTheSameEmailIsAddedTwice() throws Exception {
        JsonNode first = jsonLines(run("add", "--email", "ada@example.org", "--status", "pending"))
                .get(0);
        run("add", "--email", "ada@example.org", "--status", "active");
        run("add", "--email", " ADA@Example.org ", "--name", "Ada M.");

        List<JsonNode> listed = jsonLines(run("list", "--json"));

        assertThat(first.get("consentedAt").isNull()).isTrue();
        assertThat(listed).singleElement().satisfies(ada -> {
            assertThat(ada.get("id").asText()).isEqualTo(ADA);
            assertThat(ada.get("name").asText()).isEqualTo("Ada M.");
            assertThat(ada.get("email").asText()).isEqualTo("ADA@Example.org");
            assertThat(ada.get("status").asText()).isEqualTo("active");
            assertThat(ada.get("consentedAt").isNull()).isFalse();
        });
        Map<String, Subscriber> table = readTopic();
        assertThat(table).containsOnlyKeys(ADA);
    }

    @Test
    void shouldMarkARemovedSubscriberUnsubscribedAndKeepTheRecord() throws Exception {
        run("add", "--email", "ada@example.org");

        CommandLineCapture remove = run("remove", "ada@example.org");

        assertThat(remove.out.toString()).startsWith(ADA + " unsubscribed: {");
        assertThat(run("list", "--status", "active").out.toString().lines()).hasSize(1);
        List<JsonNode> unsubscribed = jsonLines(run("list", "--status", "unsubscribed", "--json"));
        assertThat(unsubscribed).singleElement().satisfies(ada -> {
            assertThat(ada.get("status").asText()).isEqualTo("unsubscribed");
            assertThat(ada.get("unsubscribedAt").isNull()).isFalse();
        });
        assertThat(readTopic().get(ADA).getEmail()).isEqualTo("ada@example.org");
    }

    @Test
    void shouldEraseAPurgedSubscriber() throws Exception {
        run("add", "--email", "ada@example.org");

        CommandLineCapture purge = run("remove", ADA, "--purge");

        assertThat(purge.out.toString().lines())
                .containsExactly(ADA + " purged: a tombstone was written; Kafka deletes the record when it compacts "
                        + topics.subscribers().name());
        assertThat(run("list", "--json").out.toString()).isEmpty();
        assertThat(readTopic()).isEmpty();
    }

    @Test
    void shouldFailWithExitCodeOneForAnUnknownSubscriber() {
        CommandLineCapture cli = new CommandLineCapture();

        int code = cli.run(args("remove", "nobody@example.org"));

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().lines())
                .containsExactly("recap: No subscriber 'nobody@example.org' on topic "
                        + topics.subscribers().name()
                        + "; give an id or email address shown by 'recap subscribers list'");
    }

    @Test
    void shouldPublishEveryRowOfTheSampleCsvAndUpdateThemOnASecondImport() throws Exception {
        CommandLineCapture first = run("import", "../samples/subscribers.csv");
        CommandLineCapture second = run("import", "../samples/subscribers.csv");

        assertThat(first.out.toString().lines())
                .containsExactly("Published 5 subscriber(s) from ../samples/subscribers.csv (5 new, 0 updated)");
        assertThat(second.out.toString().lines())
                .containsExactly("Published 5 subscriber(s) from ../samples/subscribers.csv (0 new, 5 updated)");
        Map<String, Subscriber> table = readTopic();
        assertThat(table).hasSize(5);
        Subscriber lucie = table.get(SubscriberIds.forEmail("lucie@example.fr"));
        assertThat(lucie.getLocale()).isEqualTo("fr");
        assertThat(lucie.getSlackChannel()).isEqualTo("kubeweekly-fr");
        assertThat(table.get(SubscriberIds.forEmail("priya@example.org")).getConsentedAt())
                .isNull();
    }

    private CommandLineCapture run(String... subcommand) {
        CommandLineCapture cli = new CommandLineCapture();
        int code = cli.run(args(subcommand));
        assertThat(code).as("exit code; stderr: %s", cli.err).isZero();
        return cli;
    }

    private String[] args(String... subcommand) {
        List<String> args = new java.util.ArrayList<>(List.of("subscribers"));
        args.addAll(List.of(subcommand));
        args.addAll(List.of("--bootstrap-servers", TestKafka.bootstrapServers(), "--prefix", topics.prefix()));
        return args.toArray(String[]::new);
    }

    private Map<String, Subscriber> readTopic() {
        return new CompactedTopicReader(TestKafka.clientConfig(), Duration.ofSeconds(30))
                .readToEnd(topics.subscribers());
    }

    private static List<JsonNode> jsonLines(CommandLineCapture cli) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : cli.out.toString().lines().toList()) {
            nodes.add(JSON.readTree(line.substring(line.indexOf('{'))));
        }
        return nodes;
    }
}
