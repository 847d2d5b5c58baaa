package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.app.SubscriberCsvImport.Entry;
import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberCsvImportTest {

    private static final String HEADER = "email,name,locale,themes,channels,slack,status\n";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldReadEverySampleSubscriber() {
        List<Entry> entries = SubscriberCsvImport.read(Path.of("../samples/subscribers.csv"));

        assertThat(entries)
                .extracting(e -> e.request().email())
                .containsExactly(
                        "grace@example.org",
                        "lucie@example.fr",
                        "tomasz@example.org",
                        "priya@example.org",
                        "infra-team@example.org");
        SubscriberRequest lucie = entries.get(1).request();
        assertThat(lucie.id()).isEqualTo(SubscriberIds.forEmail("lucie@example.fr"));
        assertThat(lucie.name()).isEqualTo("Lucie Moreau, SRE");
        assertThat(lucie.locale()).isEqualTo("fr");
        assertThat(lucie.themes()).containsExactly("gitops-delivery", "observability");
        assertThat(lucie.channels()).containsExactly(Channel.EMAIL, Channel.SLACK);
        assertThat(lucie.slackChannel()).isEqualTo("kubeweekly-fr");
        assertThat(entries.get(3).request().name()).isEqualTo("Priya \"PJ\" Joshi");
        assertThat(entries.get(3).request().status()).isEqualTo(SubscriberStatus.PENDING);
    }

    @Test
    void shouldAcceptColumnsInAnyOrder() throws IOException {
        Path file = write("status,slack,channels,themes,locale,name,email\nactive,,email,wasm,fr,Zoé,zoe@example.fr\n");

        List<Entry> entries = SubscriberCsvImport.read(file);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.request().email()).isEqualTo("zoe@example.fr");
            assertThat(e.request().name()).isEqualTo("Zoé");
            assertThat(e.request().themes()).containsExactly("wasm");
        });
    }

    @Test
    void shouldNameFileLineAndColumnOfAnInvalidLocale() throws IOException {
        Path file = write(HEADER + "ada@example.org,Ada,en,,,,\n" + "bob@example.org,Bob,de,,,,\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(file + " has 1 problem; nothing was published:\n" + file
                        + ":3: locale must be en or fr, was 'de'");
    }

    @Test
    void shouldListEveryProblemOfEveryRow() throws IOException {
        Path file = write(HEADER
                + "not-an-address,A,en,,,,\n"
                + "c@example.org,C,en,kubernetes,,,\n"
                + "d@example.org,D,en,,slack,https://hooks.slack.com/services/T/B/SECRET,\n"
                + "e@example.org,E,en,,email,,gone\n"
                + "f@example.org,F,en\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessageStartingWith(file + " has 5 problems; nothing was published:\n")
                .hasMessageContaining(file + ":2: email 'not-an-address' is not an email address")
                .hasMessageContaining(file + ":3: themes 'kubernetes' is not a theme id; use 'all' or any of:")
                .hasMessageContaining(file + ":4: slack takes the name of a Slack channel, not a webhook URL.")
                .hasMessageContaining(file + ":5: status must be pending, active or unsubscribed, was 'gone'")
                .hasMessageEndingWith(file + ":6: has 3 fields, the header has 7")
                .message()
                .doesNotContain("SECRET");
    }

    @Test
    void shouldShowTwentyProblemsAndCountTheRest() throws IOException {
        String rows = IntStream.range(0, 25).mapToObj(i -> "x" + i + ",,,,,,\n").collect(Collectors.joining());
        Path file = write(HEADER + rows);

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessageStartingWith(file + " has 25 problems; nothing was published:\n")
                .hasMessageEndingWith(file + ":21: email 'x19' is not an email address (expected name@example.org)\n"
                        + "... and 5 more");
    }

    @Test
    void shouldRefuseTheSameEmailTwiceInOneFileWhateverItsCase() throws IOException {
        Path file = write(HEADER + "ada@example.org,Ada,,,,,\n" + "ADA@example.org,Ada again,,,,,\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessageEndingWith(file + ":3: email 'ADA@example.org' is already on line 2");
    }

    @Test
    void shouldNameAMissingHeaderColumn() throws IOException {
        Path file = write("email,name,locale,themes,channels,status\nada@example.org,,,,,\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessageEndingWith(file + ":1: the header lacks column(s) slack; the columns are"
                        + " email,name,locale,themes,channels,slack,status (any order)");
    }

    @Test
    void shouldNameAnUnknownHeaderColumn() throws IOException {
        Path file = write("email,name,locale,themes,channels,slack,status,phone\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessageEndingWith(file + ":1: unknown column 'phone'; the columns are"
                        + " email,name,locale,themes,channels,slack,status (any order) and optionally id");
    }

    @Test
    void shouldNameTheLineOfAQuotingError() throws IOException {
        Path file = write(HEADER + "ada@example.org,\"Ada,,,,,\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessage(file + ":2: a quoted field opened on this line is never closed; nothing was published");
    }

    @Test
    void shouldRefuseAnEmptyFileWithTheExpectedHeader() throws IOException {
        Path file = write("\n");

        assertThatThrownBy(() -> SubscriberCsvImport.read(file))
                .hasMessage(file + " is empty; it needs a header row: email,name,locale,themes,channels,slack,status");
    }

    @Test
    void shouldPublishNothingWhenOneMergedRowIsInconsistent() throws IOException {
        Path file = write(HEADER + "ada@example.org,Ada,,,,,\n" + "bob@example.org,Bob,,,slack,,\n");
        List<Entry> entries = SubscriberCsvImport.read(file);

        assertThatThrownBy(() -> SubscriberCsvImport.merge(file, entries, Map.of(), NOW))
                .hasMessage(file + " has 1 problem; nothing was published:\n" + file
                        + ":3: slack (a Slack channel name) is required when channels include slack");
    }

    @Test
    void shouldUpdateAnExistingSubscriberKeepingWhatEmptyCellsDoNotSay() throws Exception {
        String id = SubscriberIds.forEmail("ada@example.org");
        Subscriber before = SubscriberChange.apply(
                null,
                new SubscriberRequest(id, "ada@example.org", "Ada", "fr", List.of("wasm"), null, null, null),
                NOW.minusSeconds(3600));
        Path file = write(HEADER + "ada@example.org,Ada Martin,,,,,\n");

        List<Subscriber> merged =
                SubscriberCsvImport.merge(file, SubscriberCsvImport.read(file), Map.of(id, before), NOW);

        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("Ada Martin");
            assertThat(s.getLocale()).isEqualTo("fr");
            assertThat(s.getThemes()).containsExactly("wasm");
            assertThat(s.getConsentedAt()).isEqualTo(NOW.minusSeconds(3600));
            assertThat(s.getUpdatedAt()).isEqualTo(NOW);
        });
    }

    private Path write(String csv) throws IOException {
        return Files.writeString(dir.resolve("subscribers.csv"), csv);
    }
}
