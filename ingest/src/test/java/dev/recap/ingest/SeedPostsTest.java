package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.ingest.extract.ExtractedTalk;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.ParsedPost;
import dev.recap.schemas.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads the five seed posts of {@code shared/seeds} (next to the repository) against their {@code expected.yaml}. */
class SeedPostsTest {

    private static Path seeds;
    private static List<Map<String, Object>> expectedPosts;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void loadExpectations() throws IOException {
        seeds = findSeeds();
        assumeThat(seeds).as("shared/seeds next to the repository").isNotNull();
        Map<String, Object> expected =
                (Map<String, Object>) new Load(LoadSettings.builder().build())
                        .loadFromString(Files.readString(seeds.resolve("expected.yaml")));
        expectedPosts = (List<Map<String, Object>>) expected.get("posts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void shouldReadFormatTitleAuthorDateAndLanguageAsLabelled(String id) {
        Map<String, Object> expected = expectedPost(id);

        ParsedPost post = extract(expected).post();

        assertThat(post.format().name().toLowerCase(Locale.ROOT)).isEqualTo(expected.get("format"));
        assertThat(post.title()).isEqualTo(expected.get("title"));
        assertThat(post.author()).isEqualTo(expected.get("author"));
        assertThat(post.publishedDate() == null ? null : post.publishedDate().toString())
                .isEqualTo(expected.get("date"));
        assertThat(post.language()).isEqualTo(expected.get("language"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    @SuppressWarnings("unchecked")
    void shouldFindEveryLabelledTalkWithItsDay(String id) {
        Map<String, Object> expected = expectedPost(id);
        List<Map<String, Object>> talks = (List<Map<String, Object>>) expected.get("talks");

        List<ExtractedTalk> found = extract(expected).talks();

        for (Map<String, Object> talk : talks) {
            String key = Identity.talkKey((String) talk.get("title_as_written"));
            Object day = talk.get("day");
            assertThat(found).as("talk %s of seed %s", key, id).anySatisfy(t -> {
                assertThat(Identity.talkKey(t.title())).isEqualTo(key);
                assertThat(t.day()).isEqualTo(day == null ? null : dayOf((Integer) day));
            });
        }
    }

    @Test
    void shouldExtractTheDayOneTalksOfSeed000() {
        Map<String, Object> expected = expectedPost("000");

        List<ExtractedTalk> talks = extract(expected).talks();

        assertThat(talks)
                .extracting(ExtractedTalk::title, ExtractedTalk::day)
                .contains(
                        tuple("Argocd core", LocalDate.of(2023, 4, 19)),
                        tuple("From SBOM To IBOM", LocalDate.of(2023, 4, 19)));
    }

    @Test
    void shouldFindNoTalkInTheSeedOrganisedByTheme() {
        Map<String, Object> expected = expectedPost("001");

        List<ExtractedTalk> talks = extract(expected).talks();

        assertThat(talks).isEmpty();
    }

    private static PostExtraction extract(Map<String, Object> expected) {
        Path file = seeds.resolve((String) expected.get("file"));
        FileOutcome outcome = FileExtractor.standard().extract(SourceFile.of(file, seeds));
        assertThat(outcome).isInstanceOf(FileOutcome.Extracted.class);
        return ((FileOutcome.Extracted) outcome).extraction();
    }

    private static Map<String, Object> expectedPost(String id) {
        return expectedPosts.stream()
                .filter(p -> id.equals(p.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no post " + id + " in expected.yaml"));
    }

    // expected.yaml: day 0 = 2023-04-18 (co-located events), 1 = 19th, 2 = 20th, 3 = 21st
    private static LocalDate dayOf(int number) {
        return LocalDate.of(2023, 4, 18).plusDays(number);
    }

    private static Path findSeeds() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isRegularFile(candidate.resolve("expected.yaml"))) {
                return candidate;
            }
        }
        return null;
    }
}
