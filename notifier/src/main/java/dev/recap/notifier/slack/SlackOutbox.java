package dev.recap.notifier.slack;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.notifier.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the Slack payloads of one week and channel to {@code <dir>/slack/<week>/<channel>.json}, a
 * pretty-printed JSON array, whole or not at all, instead of posting them (the demo and tests).
 */
public final class SlackOutbox {

    /** Explicit "\n" indenters: the same payloads give the same bytes on every system. */
    private static final ObjectWriter JSON = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Path dir;

    /** An outbox under {@code dir} (the {@code out} folder); files go to its {@code slack} sub-folder. */
    public SlackOutbox(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The file of {@code week} and {@code channel}; both must be safe file names. */
    public Path pathOf(String week, String channel) {
        return dir.resolve("slack")
                .resolve(AtomicFileWriter.safeName(week))
                .resolve(AtomicFileWriter.safeName(channel) + ".json");
    }

    /** Writes {@code payloads} as one JSON array ending with a newline, replacing an older file. */
    public Path write(String week, String channel, List<ObjectNode> payloads) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        payloads.forEach(array::add);
        byte[] json = JSON.writeValueAsBytes(array);
        return AtomicFileWriter.write(pathOf(week, channel), out -> {
            out.write(json);
            out.write('\n');
        });
    }

    @Override
    public String toString() {
        return "SlackOutbox[" + dir + "]";
    }
}
