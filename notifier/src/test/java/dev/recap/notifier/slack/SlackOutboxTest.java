package dev.recap.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackOutboxTest {

    @TempDir
    Path out;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldWriteThePayloadsAsAPrettyJsonArrayUnderWeekAndChannel() throws Exception {
        SlackOutbox outbox = new SlackOutbox(out);

        Path file = outbox.write(
                "2023-W16",
                "ops",
                List.of(
                        json.createObjectNode().put("text", "part 1"),
                        json.createObjectNode().put("text", "part 2")));

        assertThat(file).isEqualTo(out.resolve("slack").resolve("2023-W16").resolve("ops.json"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("[\n  {\n    \"text\" : \"part 1\"\n  },\n  {\n    \"text\" : \"part 2\"\n  }\n]\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldReplaceTheFileOfAResend() throws Exception {
        SlackOutbox outbox = new SlackOutbox(out);
        outbox.write("2023-W16", "ops", List.of(json.createObjectNode().put("text", "old")));

        Path file =
                outbox.write("2023-W16", "ops", List.of(json.createObjectNode().put("text", "new")));

        assertThat(Files.readString(file)).isEqualTo("[\n  {\n    \"text\" : \"new\"\n  }\n]\n");
    }

    @Test
    void shouldRefuseAChannelThatWouldEscapeTheOutbox() {
        SlackOutbox outbox = new SlackOutbox(out);

        assertThatThrownBy(() -> outbox.write("2023-W16", "../../etc/passwd", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not usable as a file name: '../../etc/passwd'");
        assertThat(out).isEmptyDirectory();
    }
}
