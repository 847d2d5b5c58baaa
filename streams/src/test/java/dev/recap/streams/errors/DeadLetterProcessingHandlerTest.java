package dev.recap.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.schemas.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetterProcessingHandlerTest {

    private static final Instant NOW = Instant.parse("2023-04-19T10:15:30Z");

    @Test
    void shouldResumeWithTheRawSourceRecordAndTheFailingNodeWhenProcessingThrows() {
        var handler = new DeadLetterProcessingHandler(Clock.fixed(NOW, ZoneOffset.UTC));
        handler.configure(Map.of(DeadLetterConfig.TOPIC_CONFIG, "t-dead-letters"));
        var context = new FailedRecordContext("t-posts", 1, 7L, "post-items", bytes("p1"), bytes("raw post"));

        ProcessingExceptionHandler.Response response = handler.handleError(
                context, new Record<>("p1", "decoded", 0L), new IllegalStateException("no day for item"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo("t-dead-letters");
        assertThat(dead.key()).isEqualTo(bytes("p1"));
        assertThat(dead.value()).isEqualTo(bytes("raw post"));
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.SOURCE)).isEqualTo("t-posts");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.STAGE)).isEqualTo("streams");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.ERROR_CLASS)).isEqualTo("IllegalStateException");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("no day for item (processor post-items)");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.TIME)).isEqualTo("2023-04-19T10:15:30Z");
    }

    @Test
    void shouldNameTheSourceUnknownWhenTheFailureHasNoInputTopic() {
        var handler = new DeadLetterProcessingHandler(Clock.fixed(NOW, ZoneOffset.UTC));
        handler.configure(Map.of(DeadLetterConfig.TOPIC_CONFIG, "t-dead-letters"));
        var context = new FailedRecordContext(null, -1, -1L, "digests-store-aggregate", null, null);

        ProcessingExceptionHandler.Response response = handler.handleError(context, null, new NullPointerException());

        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.key()).isNull();
        assertThat(dead.value()).isNull();
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.SOURCE)).isEqualTo("unknown");
        assertThat(DeadLetters.header(dead.headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("(processor digests-store-aggregate)");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
