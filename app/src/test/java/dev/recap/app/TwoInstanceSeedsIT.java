package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.SourcePost;
import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestSummary;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import dev.recap.testkit.TestIds;
import dev.recap.testkit.TestKafka;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the Streams app in one group over the five seed posts (three partitions per topic):
 * the weekly digest holds each {@code same_talk} pair of {@code expected.yaml} as one talk with both
 * posts as sources, and the seed talks under their expected first theme.
 */
class TwoInstanceSeedsIT {

    @TempDir
    Path work;

    @Test
    void shouldMergeTheSameTalkAcrossPostsWhenTwoInstancesShareTheWork() throws Exception {
        Path seeds = SeedFolder.find();
        assumeThat(seeds).as("shared/seeds next to the repository").isNotNull();
        TopicCatalogue topics = TestKafka.freshTopics();
        IngestSummary ingested = new FileIngestor(
                        topics, FileIngestor.producerDefaults(TestKafka.bootstrapServers()), Clock.systemUTC())
                .ingest(List.of(seeds));
        assertThat(ingested.posts()).isEqualTo(5);
        String application = TestIds.applicationId("two-instances");
        Map<String, Digest> digests;
        try (RecapStreamsService first = new RecapStreamsService(topics, settings(application, "one"));
                RecapStreamsService second = new RecapStreamsService(topics, settings(application, "two"))) {
            first.start();
            second.start();
            digests = DigestWatcher.awaitAll(
                    topics,
                    TestKafka.clientConfig(),
                    ingested,
                    key -> first.talkIdOf(key).or(() -> second.talkIdOf(key)),
                    Duration.ofSeconds(120));
        }

        assertThat(digests).containsOnlyKeys("2023-W16");
        Digest week = digests.get("2023-W16");
        List<DigestItem> items = new ArrayList<>();
        week.getSections().forEach(s -> items.addAll(s.getItems()));
        List<DigestItem> talks =
                items.stream().filter(i -> i.getKind() == ItemKind.TALK).toList();
        assertThat(week.getStats().getPosts()).isEqualTo(5);
        assertThat(week.getStats().getTalks()).isEqualTo(23);
        assertThat(talks).hasSize(23);
        assertThat(sourcesOf(talks, "Argo CD Core - A Pure GitOps Agent for Kubernetes"))
                .containsExactlyInAnyOrder("Kubecon Europe 2023", "Retour sur la KubeCon 2023 à Amsterdam");
        assertThat(sourcesOf(talks, "Malicious Compliance: Reflections on Trusting Container Scanners"))
                .containsExactlyInAnyOrder(
                        "KubeCon-CloudNativeCon Europe 2023 - Jour 3", "Retour sur la KubeCon 2023 à Amsterdam");
        assertThat(sourcesOf(talks, "Availability and Storage Autoscaling of Stateful Workloads on Kubernetes"))
                .containsExactlyInAnyOrder(
                        "KubeCon-CloudNativeCon Europe 2023 - Jour 1", "Retour sur la KubeCon 2023 à Amsterdam");
        assertThat(talks.stream().filter(t -> t.getSources().size() > 1)).hasSize(3);
        assertThat(week.getHeadlines()).extracting(DigestItem::getSources).allMatch(s -> s.size() == 2);
        assertThat(firstThemes(talks))
                .containsEntry("Argo CD Core - A Pure GitOps Agent for Kubernetes", "gitops-delivery")
                .containsEntry(
                        "Malicious Compliance: Reflections on Trusting Container Scanners", "security-supply-chain")
                .containsEntry(
                        "Availability and Storage Autoscaling of Stateful Workloads on Kubernetes", "storage-stateful")
                .containsEntry("Operate Multi-Tenancy Service Mesh with ArgoCD in Production", "service-mesh");
    }

    private static List<String> sourcesOf(List<DigestItem> talks, String title) {
        DigestItem talk = talks.stream()
                .filter(t -> t.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no talk titled " + title));
        assertThat(talk.getSources()).hasSize(talk.getSourcePosts().size());
        return talk.getSourcePosts().stream().map(SourcePost::getTitle).toList();
    }

    private static Map<String, String> firstThemes(List<DigestItem> talks) {
        Map<String, String> themes = new java.util.TreeMap<>();
        talks.forEach(t -> themes.put(t.getTitle(), t.getThemes().get(0)));
        return themes;
    }

    private StreamsSettings settings(String application, String instance) {
        return StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId(application)
                .withBootstrapServers(TestKafka.bootstrapServers())
                .withStateDir(work.resolve(instance).toString())
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .withCommitIntervalMs(100)
                .withHttpPort(StreamsSettings.EPHEMERAL_HTTP_PORT);
    }
}
