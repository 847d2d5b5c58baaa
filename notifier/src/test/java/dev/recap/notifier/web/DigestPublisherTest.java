package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.notifier.TestDigests;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.schemas.AvroJson;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestPublisherTest {

    @TempDir
    Path out;

    @Test
    void shouldWriteTheDigestJsonAndWebPageOfTheWeek() throws Exception {
        DigestPublisher publisher =
                new DigestPublisher(out, new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org"))));

        List<Path> files = publisher.publish(TestDigests.standard());

        Path json = out.resolve("digests/2023-W16.json");
        Path html = out.resolve("web/2023-W16.html");
        assertThat(files).containsExactly(json, html);
        assertThat(Files.readAllBytes(json)).isEqualTo(AvroJson.toBytes(TestDigests.standard()));
        assertThat(Files.readString(html)).contains("<title>Recap — week 2023-W16</title>", TestDigests.ARGO_TITLE);
    }
}
