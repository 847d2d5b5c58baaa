package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseSpeakersTest {

    @Test
    void shouldReadSpeakersOpeningASentenceWithTheirOwnCompanies() {
        List<TalkSpeaker> speakers =
                ProseSpeakers.in(List.of("Ann Lee de Acme Corp et Bob Roe de chez Initech nous parlent de GitOps."));

        assertThat(speakers)
                .containsExactly(new TalkSpeaker("Ann Lee", "Acme Corp"), new TalkSpeaker("Bob Roe", "Initech"));
    }

    @Test
    void shouldShareACompanyGivenAfterTheLastSpeakerWithAnElision() {
        List<TalkSpeaker> speakers = ProseSpeakers.in(List.of("Ce talk a été donné par Ann Lee et Bob Roe d'ING."));

        assertThat(speakers).containsExactly(new TalkSpeaker("Ann Lee", "ING"), new TalkSpeaker("Bob Roe", "ING"));
    }

    @Test
    void shouldKeepAParticleInsideAName() {
        List<TalkSpeaker> speakers =
                ProseSpeakers.in(List.of("Raymond de Jong et Anna Lee de chez Isovalent viennent nous parler."));

        assertThat(speakers)
                .containsExactly(
                        new TalkSpeaker("Raymond de Jong", "Isovalent"), new TalkSpeaker("Anna Lee", "Isovalent"));
    }

    @Test
    void shouldNotReadACaptionRepeatingATitleAsSpeakers() {
        List<TalkSpeaker> speakers = ProseSpeakers.in(List.of("Making Sense of Your Vital Signals"));

        assertThat(speakers).isEmpty();
    }

    @Test
    void shouldNotReadAProjectOrCompanyOpeningASentenceAsASpeaker() {
        List<TalkSpeaker> speakers = ProseSpeakers.in(
                List.of("Cloud Native Computing Foundation a annoncé trois projets.", "Red Hat présente Kepler."));

        assertThat(speakers).isEmpty();
    }

    @Test
    void shouldReadSpanishSpeakersIntroducedByDeLaManoDe() {
        List<TalkSpeaker> speakers =
                ProseSpeakers.in(List.of("Una charla de la mano de Marta Gómez (Acme Cloud) sobre energía."));

        assertThat(speakers).containsExactly(new TalkSpeaker("Marta Gómez", "Acme Cloud"));
    }

    @Test
    void aPhraseOfParticlesAndSmallWordsNamesNobodyButOneWithACapitalDoes() {
        assertThat(ProseSpeakers.opening("de la plateforme, et du cluster")).isEmpty();
        assertThat(ProseSpeakers.opening("de, & la plateforme")).isEmpty();
        assertThat(ProseSpeakers.opening(", Ann Lee (Acme) et Bob Roe, qui"))
                .containsExactly(new TalkSpeaker("Ann Lee", "Acme"), new TalkSpeaker("Bob Roe", null));
    }
}
