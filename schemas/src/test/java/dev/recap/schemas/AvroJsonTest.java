package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.events.Speaker;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void shouldWritePlainValuesInSchemaOrder() {
        Digest digest = digest();

        ObjectNode json = AvroJson.toTree(digest);

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "id",
                        "week",
                        "zone",
                        "weekStart",
                        "sections",
                        "headlines",
                        "spotlight",
                        "lateArrivals",
                        "stats",
                        "contentHash");
        assertThat(json.get("weekStart").asText()).isEqualTo("2023-04-17");
        JsonNode otel = json.get("sections").get(1).get("items").get(0);
        assertThat(otel.get("kind").asText()).isEqualTo("TALK");
        assertThat(otel.get("url").isNull()).isTrue();
        assertThat(otel.get("summary").asText()).isEqualTo("How the team runs it in production.");
        assertThat(otel.get("speakers").get(0).toString()).isEqualTo("{\"name\":\"Alice Doe\",\"company\":\"Acme\"}");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameDigest() {
        Digest digest = digest();

        byte[] first = AvroJson.toBytes(digest);
        byte[] second = AvroJson.toBytes(digest());

        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("{\n  \"id\" : \"2023-W16-0123456789ab\",\n  \"week\" : \"2023-W16\",\n")
                .endsWith("}\n");
    }

    private static Digest digest() {
        DigestItem argo = talk("Argo CD Core - A Pure GitOps Agent for Kubernetes", "https://example.org/argo");
        DigestItem otel = talk("OpenTelemetry Profiling Is Here", null);
        return Digest.newBuilder()
                .setId("2023-W16-0123456789ab")
                .setWeek("2023-W16")
                .setZone("Europe/Amsterdam")
                .setWeekStart(LocalDate.of(2023, 4, 17))
                .setSections(List.of(
                        new DigestSection("gitops-delivery", List.of(argo), 1),
                        new DigestSection("observability", List.of(otel), 1)))
                .setHeadlines(List.of(argo))
                .setSpotlight(List.of(new ProjectCount("Argo", 4, 0)))
                .setStats(DigestStats.newBuilder()
                        .setPosts(12)
                        .setTalks(30)
                        .setThemes(2)
                        .setProjects(9)
                        .setLanguages(List.of("en", "fr"))
                        .build())
                .setContentHash("0123456789abcdef")
                .build();
    }

    private static DigestItem talk(String title, String url) {
        return DigestItem.newBuilder()
                .setId("talk:" + title)
                .setKind(ItemKind.TALK)
                .setTitle(title)
                .setUrl(url)
                .setDay("2023-04-18")
                .setSpeakers(List.of(new Speaker("Alice Doe", "Acme"), new Speaker("Bob Roe", null)))
                .setSummary("How the team runs it in production.")
                .build();
    }
}
