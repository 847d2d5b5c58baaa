package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerParserTest {

    @Test
    void shouldKeepEachSpeakersOwnCompany() {
        List<TalkSpeaker> speakers = SpeakerParser.people(
                "Ian Coldwater, Duffie Cooley (Isovalent), Brad Geesaman (Ghost Security) et Rory McCune (Datadog)");

        assertThat(speakers)
                .containsExactly(
                        new TalkSpeaker("Ian Coldwater", null),
                        new TalkSpeaker("Duffie Cooley", "Isovalent"),
                        new TalkSpeaker("Brad Geesaman", "Ghost Security"),
                        new TalkSpeaker("Rory McCune", "Datadog"));
    }

    @Test
    void shouldShareACompanyNamedOnceAfterTheLastSpeaker() {
        List<TalkSpeaker> speakers = SpeakerParser.people("Larisa Andreea Danaila et Ionut-Maxim Margelatu (Adobe)");

        assertThat(speakers)
                .containsExactly(
                        new TalkSpeaker("Larisa Andreea Danaila", "Adobe"),
                        new TalkSpeaker("Ionut-Maxim Margelatu", "Adobe"));
    }

    @Test
    void shouldNotReadATitleWithByAsSpeakers() {
        Optional<SpeakerParser.TitledSpeakers> split = SpeakerParser.splitHeading("Scaling by Design Patterns", false);

        assertThat(split).isEmpty();
    }

    @Test
    void shouldSplitAtTheLastByOfAHeading() {
        Optional<SpeakerParser.TitledSpeakers> split =
                SpeakerParser.splitHeading("Driven by Data by Ann Lee (Acme)", false);

        assertThat(split)
                .contains(new SpeakerParser.TitledSpeakers(
                        "Driven by Data", List.of(new TalkSpeaker("Ann Lee", "Acme"))));
    }

    @Test
    void shouldNotReadProseAsASpeakerLine() {
        List<TalkSpeaker> speakers = SpeakerParser.fromLine("Par exemple, le contrôleur tourne seul.");

        assertThat(speakers).isEmpty();
    }
}
