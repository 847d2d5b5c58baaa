package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.notifier.TestDigests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void shouldWritePlainValuesInSchemaOrder() {
        Digest digest = TestDigests.standard();

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
        JsonNode otel = json.get("sections").get(2).get("items").get(0);
        assertThat(otel.get("kind").asText()).isEqualTo("TALK");
        assertThat(otel.get("url").isNull()).isTrue();
        assertThat(otel.get("summary").asText()).isEqualTo("How the team runs it in production.");
        assertThat(otel.get("speakers").get(0).toString()).isEqualTo("{\"name\":\"Alice Doe\",\"company\":\"Acme\"}");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameDigest() {
        Digest digest = TestDigests.standard();

        byte[] first = AvroJson.toBytes(digest);
        byte[] second = AvroJson.toBytes(TestDigests.standard());

        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("{\n  \"id\" : \"2023-W16-0123456789ab\",\n  \"week\" : \"2023-W16\",\n")
                .endsWith("}\n");
    }
}
