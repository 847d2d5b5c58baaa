package dev.recap.notifier.web;

import dev.recap.events.Digest;
import dev.recap.notifier.io.AtomicFileWriter;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.WeekActivity;
import dev.recap.schemas.AvroJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Publishes a digest as files under an output folder: {@code digests/<week>.json} (clean JSON of the
 * Avro record) and {@code web/<week>.html} (the web page, every theme, English). Each file is written
 * atomically; publishing the same digest again gives the same bytes.
 */
public final class DigestPublisher {

    private final Path root;
    private final DigestRenderer renderer;

    public DigestPublisher(Path root, DigestRenderer renderer) {
        this.root = Objects.requireNonNull(root, "root");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Writes both files of {@code digest} and returns their paths (JSON first). */
    public List<Path> publish(Digest digest) throws IOException {
        return publish(digest, WeekActivity.empty());
    }

    /** Writes both files of {@code digest}, the web page with the week's activity charts. */
    public List<Path> publish(Digest digest, WeekActivity activity) throws IOException {
        String week = AtomicFileWriter.safeName(digest.getWeek());
        Path json = AtomicFileWriter.write(root.resolve("digests").resolve(week + ".json"), AvroJson.toBytes(digest));
        Path html = AtomicFileWriter.write(
                root.resolve("web").resolve(week + ".html"),
                renderer.renderWebPage(digest, activity).getBytes(StandardCharsets.UTF_8));
        return List.of(json, html);
    }
}
