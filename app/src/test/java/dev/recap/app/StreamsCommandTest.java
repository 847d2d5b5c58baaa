package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.streams.StreamsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StreamsCommandTest {

    private static final Map<String, String> ENV = Map.of(
            "RECAP_STREAMS_HTTP_PORT", "9000",
            "RECAP_STREAMS_ADVERTISED_HOST", "env-host",
            "RECAP_ZONE", "UTC",
            "RECAP_STREAMS_APPLICATION_ID", "env-app",
            "RECAP_STATE_DIR", "/var/lib/env");

    @TempDir
    Path work;

    @Test
    void shouldLetEachFlagOverrideTheEnvironmentWhenGiven() {
        StreamsCommand command = parse(
                "--http-port", "0",
                "--advertised-host", "streams-2.internal",
                "--zone", "Europe/Amsterdam",
                "--application-id", "recap-streams-blue",
                "--state-dir", work.resolve("state").toString());

        StreamsSettings settings = command.settings(ENV);

        assertThat(settings.httpPort()).isZero();
        assertThat(settings.advertisedHost()).isEqualTo("streams-2.internal");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(settings.applicationId()).isEqualTo("recap-streams-blue");
        assertThat(settings.stateDir()).isEqualTo(work.resolve("state").toString());
    }

    @Test
    void shouldKeepTheEnvironmentWhenNoFlagIsGiven() {
        StreamsSettings settings = parse().settings(ENV);

        assertThat(settings.httpPort()).isEqualTo(9000);
        assertThat(settings.advertisedHost()).isEqualTo("env-host");
        assertThat(settings.applicationId()).isEqualTo("env-app");
        assertThat(settings.stateDir()).isEqualTo("/var/lib/env");
    }

    @Test
    void shouldRefuseAPortOutOfRangeWithTheAllowedValues() {
        assertThatThrownBy(() -> parse("--http-port", "65536").settings(Map.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(
                        "recap streams: --http-port '65536' must be 1-65535, 0 (any free port) or -1 (no HTTP server)");
    }

    @Test
    void shouldRefuseAnUnknownZoneWithAnExample() {
        assertThatThrownBy(() -> parse("--zone", "Mars/Olympus").settings(Map.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(
                        "recap streams: --zone 'Mars/Olympus' is not a time zone; use an id like Europe/Amsterdam or UTC");
    }

    @Test
    void shouldRefuseAnApplicationIdKafkaCannotUseInTopicNames() {
        assertThatThrownBy(() -> parse("--application-id", "recap streams").settings(Map.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("recap streams: --application-id 'recap streams' may hold only letters, digits, '.', '_'"
                        + " and '-'");
    }

    @Test
    void shouldRefuseAStateDirThatIsAFile() throws IOException {
        Path file = Files.writeString(work.resolve("state.txt"), "not a folder");

        assertThatThrownBy(() -> parse("--state-dir", file.toString()).settings(Map.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("recap streams: --state-dir " + file + " is a file, not a folder");
    }

    @Test
    void shouldRefuseAnAdvertisedHostWithASpace() {
        assertThatThrownBy(() -> parse("--advertised-host", "my host").settings(Map.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("recap streams: --advertised-host: Not a host name: 'my host'");
    }

    @Test
    void shouldNameTheVariableWhenTheEnvironmentHoldsABadValue() {
        assertThatThrownBy(() -> parse().settings(Map.of("RECAP_STREAMS_HTTP_PORT", "web")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("recap streams: RECAP_STREAMS_HTTP_PORT is not a number: 'web'");
    }

    @Test
    void shouldExitWithOneClearLineBeforeStartingAnythingWhenAFlagIsBad() {
        CommandLineCapture cli = new CommandLineCapture();

        int code = cli.run("streams", "--http-port", "http");

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().lines())
                .containsExactly(
                        "recap: recap streams: --http-port 'http' must be 1-65535, 0 (any free port) or -1 (no HTTP server)");
    }

    @Test
    void shouldSayWhereTheHttpServerAnswersWhenRunning() {
        StreamsSettings running = StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId("recap-streams")
                .withBootstrapServers("kafka:9092")
                .withHttpPort(41_234)
                .withAdvertisedHost("streams-1");

        assertThat(StreamsCommand.describe(running))
                .isEqualTo("Recap streams running as recap-streams against kafka:9092 (zone UTC);"
                        + " HTTP on http://streams-1:41234/");
        assertThat(StreamsCommand.describe(running.withHttpPort(-1))).endsWith("; no HTTP server");
    }

    @Test
    void shouldListEveryOptionAndEndpointInHelp() {
        CommandLineCapture cli = new CommandLineCapture();

        int code = cli.run("streams", "--help");

        assertThat(code).isZero();
        assertThat(cli.out.toString())
                .contains(
                        "--http-port=PORT",
                        "--advertised-host=HOST",
                        "--zone=ZONE",
                        "--application-id=ID",
                        "--state-dir=DIR",
                        "--bootstrap-servers",
                        "/digests/{week}",
                        "/themes/{id}/days",
                        "/talks/{key}",
                        "/health",
                        "/metrics");
    }

    private static StreamsCommand parse(String... args) {
        StreamsCommand command = new StreamsCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
