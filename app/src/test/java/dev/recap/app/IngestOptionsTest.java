package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.ingest.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestOptionsTest {

    @TempDir
    Path work;

    @Test
    void shouldReadDurationsAsPeopleWriteThem() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(converter.convert("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(converter.convert("PT90S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void shouldRefuseADurationItCannotRead() {
        assertThatThrownBy(() -> new DurationConverter().convert("soon"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'soon' is not a duration; write it like 90s, 15m, 6h or PT15M");
    }

    @Test
    void shouldAskForAnInputWhenGivenNone() {
        CommandLineCapture cli = new CommandLineCapture();

        int code = cli.run("ingest", "--bootstrap-servers", "localhost:1");

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString())
                .isEqualTo(
                        "recap: recap ingest: give at least one PATH or URL, or --feed URL." + System.lineSeparator());
    }

    @Test
    void shouldDrawAProgressLine() {
        String line = TerminalProgress.line(3, 4, "posts/day-one.md");

        assertThat(line).startsWith("[######################........] 3/4 posts/day-one.md");
    }

    @Test
    void shouldReportAChangedFileOnlyOnceItHasSettled() throws IOException {
        Path post = Files.writeString(work.resolve("post.md"), "# One");
        List<SourceFile> files = List.of(SourceFile.of(post, work));
        Map<Path, ChangedFiles.Stamp> ingested = ChangedFiles.snapshot(files);
        Files.writeString(post, "# One, edited and longer");
        Map<Path, ChangedFiles.Stamp> firstScan = ChangedFiles.snapshot(files);

        List<Path> whileWriting = ChangedFiles.settledChanges(ingested, ingested, firstScan);
        List<Path> settled = ChangedFiles.settledChanges(ingested, firstScan, ChangedFiles.snapshot(files));

        assertThat(whileWriting).isEmpty();
        assertThat(settled).containsExactly(post.toAbsolutePath().normalize());
    }
}
