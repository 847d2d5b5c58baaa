package dev.recap.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.streams.errors.DeadLetterConfig;
import dev.recap.streams.errors.DeadLetterDeserializationHandler;
import dev.recap.streams.errors.DeadLetterProcessingHandler;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldServeHttpOnPort7072OfLocalhostWhenTheEnvironmentSaysNothing() {
        StreamsSettings settings = StreamsSettings.fromEnvironment(Map.of());

        Properties properties = settings.toProperties("dead-letters");

        assertThat(settings.httpPort()).isEqualTo(7072);
        assertThat(settings.advertisedHost()).isEqualTo("localhost");
        assertThat(properties.get(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("localhost:7072");
    }

    @Test
    void shouldAdvertiseTheConfiguredHostAndPortWhenTheEnvironmentSetsThem() {
        StreamsSettings settings = StreamsSettings.fromEnvironment(
                Map.of("RECAP_STREAMS_HTTP_PORT", "8080", "RECAP_STREAMS_ADVERTISED_HOST", "streams-1.recap"));

        Properties properties = settings.toProperties("dead-letters");

        assertThat(properties.get(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("streams-1.recap:8080");
    }

    @Test
    void shouldAdvertiseNothingWhenHttpIsDisabledOrThePortIsNotBoundYet() {
        StreamsSettings disabled = StreamsSettings.fromEnvironment(Map.of("RECAP_STREAMS_HTTP_PORT", "-1"));
        StreamsSettings ephemeral = StreamsSettings.fromEnvironment(Map.of("RECAP_STREAMS_HTTP_PORT", "0"));

        assertThat(disabled.toProperties("dead-letters")).doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
        assertThat(ephemeral.toProperties("dead-letters")).doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
        assertThat(ephemeral.withHttpPort(41_234).toProperties("dead-letters"))
                .containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:41234");
    }

    @Test
    void shouldSendPoisonRecordsToTheDeadLetterTopicThroughRecapsHandlersWhenBuildingProperties() {
        Properties properties = StreamsSettings.fromEnvironment(Map.of()).toProperties("t-dead-letters");

        assertThat(properties)
                .containsEntry(DeadLetterConfig.TOPIC_CONFIG, "t-dead-letters")
                .containsEntry(
                        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetterDeserializationHandler.class)
                .containsEntry(
                        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class)
                .doesNotContainKey(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    }

    @Test
    void shouldNameTheVariableWhenAnEnvironmentValueIsNotValid() {
        assertThatThrownBy(() -> StreamsSettings.fromEnvironment(Map.of("RECAP_STREAMS_HTTP_PORT", "http")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_STREAMS_HTTP_PORT is not a number: 'http'");
        assertThatThrownBy(() -> StreamsSettings.fromEnvironment(Map.of("RECAP_STREAMS_HTTP_PORT", "70000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> StreamsSettings.fromEnvironment(Map.of("RECAP_ZONE", "Mars/Olympus")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_ZONE is not a time zone: 'Mars/Olympus'");
        assertThatThrownBy(() -> StreamsSettings.fromEnvironment(Map.of("RECAP_STREAMS_ADVERTISED_HOST", "a host")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a host name: 'a host'");
    }

    @Test
    void shouldPassTlsAndSaslVariablesToTheClientsButKeepRecapsOwnGuarantees() {
        StreamsSettings settings = StreamsSettings.fromEnvironment(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"recap\" password=\"s3cret\";",
                "KAFKA_PROCESSING_GUARANTEE", "at_least_once",
                "KAFKA_HEAP_OPTS", "-Xmx1g"));

        Properties properties = settings.toProperties("dead-letters");

        assertThat(properties.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("broker-1:9093");
        assertThat(properties.get("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(properties.get("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat((String) properties.get("sasl.jaas.config")).contains("password=\"s3cret\"");
        assertThat(properties.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(properties.get("producer.batch.size")).isEqualTo(262_144);
        assertThat(properties).doesNotContainKey("heap.opts");
        assertThat(settings.toString())
                .contains("sasl.jaas.config", "security.protocol")
                .doesNotContain("s3cret");
    }
}
