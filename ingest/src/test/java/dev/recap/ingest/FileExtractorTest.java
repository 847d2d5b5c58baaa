package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.PostParser;
import dev.recap.ingest.parse.SkipReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExtractorTest {

    @TempDir
    Path work;

    @Test
    void shouldRejectAFileOverTheSizeCapUnread() throws IOException {
        Path file = Files.writeString(work.resolve("big.md"), "# A title\n\n" + "x".repeat(100));
        FileExtractor extractor = new FileExtractor(new PostParser(), TalkExtractor.standard(), 50);

        FileOutcome outcome = extractor.extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.Rejected.class);
        FileOutcome.Rejected rejected = (FileOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(SkipReason.TOO_LARGE);
        assertThat(rejected.message()).isEqualTo("111 bytes, over the cap of 50");
        assertThat(rejected.original()).isNull();
    }

    @Test
    void shouldRejectAMissingFileAsUnreadable() {
        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(work.resolve("gone.md"), work));

        assertThat(outcome).isInstanceOf(FileOutcome.Rejected.class);
        assertThat(((FileOutcome.Rejected) outcome).reason()).isEqualTo(SkipReason.UNREADABLE);
    }

    @Test
    void shouldRejectAnEmptyFileKeepingItsBytes() throws IOException {
        Path file = Files.write(work.resolve("empty.md"), new byte[0]);

        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.Rejected.class);
        FileOutcome.Rejected rejected = (FileOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(SkipReason.EMPTY);
        assertThat(rejected.original()).isEmpty();
    }

    @Test
    void shouldExtractAReadablePost() throws IOException {
        Path file = Files.write(work.resolve("post.txt"), Fixtures.bytes("markdown/yaml-front-matter.md"));

        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.Extracted.class);
        assertThat(((FileOutcome.Extracted) outcome).extraction().talks()).hasSize(2);
        assertThat(outcome.file().source()).isEqualTo("post.txt");
    }

    @Test
    void shouldExtractOnePostPerFeedItem() throws IOException {
        Path file = Files.write(work.resolve("feed.txt"), Fixtures.bytes("rss/rss-missing-pubdate.xml"));

        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.FeedExtracted.class);
        FileOutcome.FeedExtracted feed = (FileOutcome.FeedExtracted) outcome;
        assertThat(feed.extractions()).hasSize(1);
        assertThat(feed.extractions().get(0).talks())
                .extracting(talk -> talk.title())
                .containsExactly("Flux Multi-Tenancy Deep Dive");
    }

    @Test
    void shouldReadAScheduleAsTalks() throws IOException {
        Path file = Files.write(work.resolve("schedule.data"), Fixtures.bytes("ical/ical-schedule.ics"));

        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.Schedule.class);
        assertThat(((FileOutcome.Schedule) outcome).talks())
                .extracting(talk -> talk.id())
                .containsExactly("kceu23-argo-core@recap.test");
    }

    @Test
    void shouldRejectAFeedWithADoctypeKeepingItsBytes() throws IOException {
        Path file = Files.write(work.resolve("evil.xml"), Fixtures.bytes("rss/rss-with-doctype.xml"));

        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, work));

        assertThat(outcome).isInstanceOf(FileOutcome.Rejected.class);
        FileOutcome.Rejected rejected = (FileOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(SkipReason.INVALID_FEED);
        assertThat(rejected.original()).isEqualTo(Fixtures.bytes("rss/rss-with-doctype.xml"));
    }
}
