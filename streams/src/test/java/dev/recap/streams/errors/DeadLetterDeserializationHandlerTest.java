package dev.recap.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.schemas.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.junit.jupiter.api.Test;

class DeadLetterDeserializationHandlerTest {

    private static final Instant NOW = Instant.parse("2023-04-19T10:15:30Z");

    @Test
    void shouldResumeWithTheUntouchedRecordInRecapsDeadLetterFormatWhenARecordCannotBeDecoded() {
        var handler = new DeadLetterDeserializationHandler(Clock.fixed(NOW, ZoneOffset.UTC));
        handler.configure(Map.of(DeadLetterConfig.TOPIC_CONFIG, "t-dead-letters"));
        var record = new ConsumerRecord<>("t-posts", 2, 41L, bytes("poison"), bytes("not avro"));

        DeserializationExceptionHandler.Response response = handler.handleError(
                new FailedRecordContext("t-posts", 2, 41L, "posts-source", bytes("poison"), bytes("not avro")),
                record,
                new SerializationException("Cannot decode Post from 8 bytes"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo("t-dead-letters");
        assertThat(dead.key()).isEqualTo(bytes("poison"));
        assertThat(dead.value()).isEqualTo(bytes("not avro"));
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.SOURCE)).isEqualTo("t-posts");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.STAGE)).isEqualTo("streams");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.ERROR_CLASS)).isEqualTo("SerializationException");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("Cannot decode Post from 8 bytes");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.TIME)).isEqualTo("2023-04-19T10:15:30Z");
    }

    @Test
    void shouldRefuseToStartWhenNoDeadLetterTopicIsConfigured() {
        var handler = new DeadLetterDeserializationHandler();

        assertThatThrownBy(() -> handler.configure(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DeadLetterConfig.TOPIC_CONFIG);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
