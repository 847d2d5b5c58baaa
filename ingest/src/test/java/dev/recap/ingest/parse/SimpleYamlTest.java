package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SimpleYamlTest {

    private final SimpleYaml simple =
            new SimpleYaml(LoadSettings.builder().build().getSchema());

    @Test
    void shouldReadTypicalFrontMatterAsTheFullParserDoes() throws Exception {
        String raw = "layout: post\n"
                + "title: \"eBPF everywhere: my recap\"\n"
                + "# a comment\n"
                + "date: 2023-04-21 19:45:00 +0200\n"
                + "author: <a href=\"https://example.org/about/\">Jo</a>\n"
                + "categories: [ebpf, 'net''working', \"cloud native\"]\n"
                + "draft: false\n"
                + "weight: 3\n"
                + "featuredImage:\n"
                + "tags:\n"
                + "  - kubecon\n"
                + "  - \"gitops\"\n"
                + "\n";

        Optional<Map<Object, Object>> read = simple.read(raw);

        assertThat(read).isPresent();
        assertThat(read.get()).isEqualTo(FrontMatterReader.fullYaml(raw));
        assertThat(read.get().get("weight")).isInstanceOf(Integer.class);
        assertThat(read.get().get("draft")).isEqualTo(false);
        assertThat(read.get()).containsEntry("featuredImage", null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title: a\ntitle: b\n",
                "author:\n  name: Ann\n",
                "title: &t x\nalias: *t\n",
                "title: !!str 3\n",
                "summary: |\n  long\n",
                "title: x # trailing comment\n",
                "title: \"caf\\u00e9\"\n",
                "title: a\n  continued\n",
                "title: \"a\n  b\"\n",
                "tags: [a, b,]\n",
                "tags: [a, [b]]\n",
                "tags: [a: b]\n",
                "tags: [a,\n  b]\n",
                "tags:\n  - a\n - b\n",
                "tags:\n- a\n-b\n",
                "title:\tx\n",
                "key: a: b\n",
                "true: x\n",
                "null: x\n",
                "---\ntitle: x\n",
                "# only a comment\n",
                "",
                "- a\n- b\n",
                "title: x\n- a\n",
                "title: 'a' b\n",
                "title: \uD83D\uDE00\n"
            })
    void shouldLeaveEverythingElseToTheFullParser(String raw) {
        assertThat(simple.read(raw)).isEmpty();
    }

    @Test
    void shouldStillRejectADuplicateKeyThroughTheFullParser() {
        assertThatThrownBy(() -> FrontMatterReader.yaml("title: a\ntitle: b\n"))
                .isInstanceOf(InvalidFrontMatterException.class);
    }

    // Front matter put together from pieces, some of which this reader declines or the full parser
    // rejects: whenever the reader answers, the full parser gives the same map.
    @Test
    void shouldAnswerAsTheFullParserOrDeclineOnGeneratedFrontMatter() {
        List<String> keys = List.of("title", "date", "tags", "Draft", "cover_image", "lastmod", "x-y", "true", "a1");
        List<String> values = List.of(
                "",
                "x",
                "Hello world",
                "\"quoted: yes\"",
                "'it''s'",
                "\"\"",
                "''",
                "2023-04-19",
                "2023-04-19T22:10:00+02:00",
                "2023-04-21 19:45:00 +0200",
                "true",
                "True",
                "false",
                "null",
                "Null",
                "~",
                "12",
                "-3",
                "012",
                "1.5",
                "1e3",
                "0x1F",
                ".inf",
                "-.inf",
                ".nan",
                "[]",
                "[ ]",
                "[a, b]",
                "[\"a\", 'b c', d e]",
                "[1, 2.5, true, null]",
                "[a , b ]",
                "[a,b]",
                "[a, b,]",
                "[,]",
                "[a, ]",
                "[a]x",
                "x # c",
                "x#c",
                "a: b",
                "a:b",
                "http://x.org/y",
                "<b>bold</b>",
                "C# tips",
                "café",
                "x  ",
                " x",
                "- x",
                "? x",
                "&a x",
                "*a",
                "!t x",
                "| x",
                "> x",
                "%x",
                "@x",
                "`x`",
                "{a: 1}",
                "[a: 1]",
                "\"a\\\"b\"",
                "'a",
                "\"a",
                "x:",
                "a,b",
                "[don't]",
                "[\"a\" \"b\"]");
        List<String> listItems = List.of(
                "  - a",
                "  - \"b c\"",
                "  - 'd'",
                "  - 1",
                "  - true",
                "  -",
                "  - a: b",
                "- a",
                "    - a",
                "  - [a]",
                "  - x # c",
                "  -x",
                "  - ",
                "  # comment",
                "",
                "  - null");
        Random random = new Random(42);
        int answered = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            int lines = 1 + random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                int shape = random.nextInt(10);
                String key = keys.get(random.nextInt(keys.size()));
                if (shape == 0) {
                    raw.append(key).append(":\n");
                    for (int i = random.nextInt(4); i > 0; i--) {
                        raw.append(listItems.get(random.nextInt(listItems.size())))
                                .append('\n');
                    }
                } else if (shape == 1) {
                    raw.append(random.nextBoolean() ? "# note\n" : "\n");
                } else {
                    raw.append(key)
                            .append(": ")
                            .append(values.get(random.nextInt(values.size())))
                            .append('\n');
                }
            }
            if (matchesFullParser(raw.toString())) {
                answered++;
            }
        }

        assertThat(answered).isGreaterThan(1_000);
    }

    // true when the reader answered (and then as the full parser did), false when it declined
    private boolean matchesFullParser(String raw) {
        Optional<Map<Object, Object>> read = simple.read(raw);
        if (read.isEmpty()) {
            return false;
        }
        Map<?, ?> full;
        try {
            full = FrontMatterReader.fullYaml(raw);
        } catch (InvalidFrontMatterException e) {
            throw new AssertionError("the full parser rejects what was read:\n" + raw, e);
        }
        assertThat(read.get()).as(raw).isEqualTo(full);
        assertThat(classes(read.get())).as(raw).isEqualTo(classes(full));
        return true;
    }

    private static List<Object> classes(Map<?, ?> map) {
        List<Object> classes = new ArrayList<>();
        map.forEach((key, value) -> {
            classes.add(key.getClass());
            classes.add(value == null ? null : value.getClass());
            if (value instanceof List<?> items) {
                items.forEach(item -> classes.add(item == null ? null : item.getClass()));
            }
        });
        return classes;
    }
}
