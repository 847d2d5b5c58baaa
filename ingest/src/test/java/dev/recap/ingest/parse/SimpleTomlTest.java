package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleTomlTest {

    @Test
    void shouldReadTheKeyValueLinesOfTypicalFrontMatter() {
        String raw = "title = \"Day two: \\\"meshes\\\"\"\n"
                + "# a comment\n"
                + "date = 2023-04-22T10:00:00+02:00\n"
                + "author = 'Sam Okafor'\n"
                + "tags = [\"gitops\", 'security' , \"supply chain\"]\n"
                + "draft = false\n"
                + "weight = 3\n";

        assertThat(SimpleToml.read(raw))
                .contains(Map.of(
                        "title",
                        "Day two: \"meshes\"",
                        "date",
                        "2023-04-22T10:00:00+02:00",
                        "author",
                        "Sam Okafor",
                        "tags",
                        List.of("gitops", "security", "supply chain"),
                        "draft",
                        false,
                        "weight",
                        3L));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[params]\nx = 1",
                "author = { name = \"Ann\" }",
                "title = \"a\" # trailing comment",
                "title = \"a\"\ntitle = \"b\"",
                "title = \"caf\\u00e9\"",
                "summary = \"\"\"\nlong\n\"\"\"",
                "site.name = \"x\""
            })
    void shouldLeaveEverythingElseToTheFullParser(String raw) {
        assertThat(SimpleToml.read(raw)).isEmpty();
    }
}
