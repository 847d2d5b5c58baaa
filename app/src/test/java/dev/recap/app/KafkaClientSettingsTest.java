package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    @Test
    void shouldPassKafkaVariablesThroughAsClientProperties() {
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_HEAP_OPTS", "-Xmx1g",
                "HOME", "/root");

        Map<String, Object> config = KafkaClientSettings.fromEnvironment(env, null);

        assertThat(config)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "bootstrap.servers", "broker:9093",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "PLAIN"));
    }

    @Test
    void shouldLetTheCommandLineBootstrapServersWin() {
        Map<String, Object> config =
                KafkaClientSettings.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "a:1"), "b:2");

        assertThat(config).containsEntry("bootstrap.servers", "b:2");
    }

    @Test
    void shouldDefaultToALocalBroker() {
        assertThat(KafkaClientSettings.fromEnvironment(Map.of(), null))
                .containsEntry("bootstrap.servers", "localhost:9092");
    }
}
