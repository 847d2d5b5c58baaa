package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.events.PostFormat;
import dev.recap.ingest.extract.ExtractedTalk;
import dev.recap.ingest.extract.PostExtraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo corpus in {@code samples/posts} reads as written: every post, format, language and talk. */
class SamplePostsTest {

    private static final Path POSTS =
            Path.of("").toAbsolutePath().getParent().resolve("samples").resolve("posts");

    @ParameterizedTest
    @CsvSource({
        "kubecon-eu-2023-day1.md, MARKDOWN, fr, 2023-04-19, 4",
        "gitops-and-security.md, MARKDOWN, en, 2023-04-22, 4",
        "2023-04-21-ebpf-recap.markdown, MARKDOWN, en, 2023-04-21, 4",
        "platform-day.html, HTML, en, 2023-04-22, 4",
    })
    void shouldReadEverySamplePost(String file, PostFormat format, String language, LocalDate date, int talks) {
        PostExtraction extraction = extract(file);

        assertThat(extraction.post().format()).isEqualTo(format);
        assertThat(extraction.post().language()).isEqualTo(language);
        assertThat(extraction.post().publishedDate()).isEqualTo(date);
        assertThat(extraction.talks()).hasSize(talks);
    }

    @Test
    void shouldMapJourOneOfTheFrenchSampleToTheFirstMainDay() {
        List<ExtractedTalk> talks = extract("kubecon-eu-2023-day1.md").talks();

        assertThat(talks)
                .extracting(ExtractedTalk::title, ExtractedTalk::day)
                .containsExactly(
                        tuple("Argo CD Core - A Pure GitOps Agent for Kubernetes", LocalDate.of(2023, 4, 19)),
                        tuple(
                                "Past, Present, and Future of eBPF in Cloud Native Observability",
                                LocalDate.of(2023, 4, 19)),
                        tuple(
                                "Availability and Storage Autoscaling of Stateful Workloads on Kubernetes",
                                LocalDate.of(2023, 4, 19)),
                        tuple("Cilium: Welcome, Vision and Updates", LocalDate.of(2023, 4, 19)));
    }

    @Test
    void shouldReadTheHtmlSampleTalksFromItsArticleOnly() {
        PostExtraction extraction = extract("platform-day.html");

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title)
                .containsExactly(
                        "1M Lines of YAML: Wrangling Kubernetes Configuration for Hundreds of Teams",
                        "Operate Multi-Tenancy Service Mesh with ArgoCD in Production",
                        "Making Sense of Your Vital Signals: The Future of Pod and Containers Monitoring",
                        "Build Your Own Path in the Cloud Native Ecosystem");
        assertThat(extraction.post().bodyText()).doesNotContain("Related posts", "Subscribe", "©", "analytics");
    }

    @Test
    void shouldStripTheLinkAroundTheJekyllSampleAuthor() {
        PostExtraction extraction = extract("2023-04-21-ebpf-recap.markdown");

        assertThat(extraction.post().author()).isEqualTo("Jo Verbeek");
    }

    private static PostExtraction extract(String file) {
        Path path = POSTS.resolve(file);
        assertThat(Files.isRegularFile(path)).as("sample %s", path).isTrue();
        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(path, POSTS));
        assertThat(outcome).isInstanceOf(FileOutcome.Extracted.class);
        return ((FileOutcome.Extracted) outcome).extraction();
    }
}
