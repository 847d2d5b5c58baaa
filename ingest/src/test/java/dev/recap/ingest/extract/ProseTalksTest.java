package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks and companies read from sentences: quoted titles, companies after names, repeated mentions. */
class ProseTalksTest {

    @Test
    void shouldReadATitleQuotedInASentenceAboutATalk() {
        assertThat(QuotedTalks.in("Juste après, Ann Lee de chez Acme a présenté « Long-Term Metrics at Scale with"
                        + " Thanos ». Très concret."))
                .containsExactly("Long-Term Metrics at Scale with Thanos");
    }

    @Test
    void shouldNotReadQuotesThatAreNotTitlesOrTalksOfAnotherYear() {
        assertThat(QuotedTalks.in("My notes only say \"room S100, standing at the back\" for this talk."))
                .isEmpty();
        assertThat(QuotedTalks.in("In Paris last year I queued forty minutes for \"Cloud Native AI: The Panel\"."
                        + " Plan ahead for talks."))
                .isEmpty();
        assertThat(QuotedTalks.in("He said \"Never Trust The Network Again\" with a smile."))
                .isEmpty();
    }

    @Test
    void shouldFindCompaniesAfterTheNamesInATalksText() {
        List<TalkSpeaker> speakers = SpeakerCompanies.enrich(
                List.of(
                        new TalkSpeaker("Grace Kim", null),
                        new TalkSpeaker("Omar Haddad", null),
                        new TalkSpeaker("Sam Okonkwo", null)),
                "A panel moderated by Grace Kim (Rancher by SUSE) with Omar Haddad from Walmart and Sam Okonkwo"
                        + " from Target. They run small clusters.");

        assertThat(speakers)
                .containsExactly(
                        new TalkSpeaker("Grace Kim", "Rancher by SUSE"),
                        new TalkSpeaker("Omar Haddad", "Walmart"),
                        new TalkSpeaker("Sam Okonkwo", "Target"));
    }

    @Test
    void shouldGiveEverySpeakerTheCompanyTheyAllShare() {
        List<TalkSpeaker> speakers = SpeakerCompanies.enrich(
                List.of(new TalkSpeaker("Nina Hoffmann", null), new TalkSpeaker("Arjun Patel", null)),
                "Nina Hoffmann et Arjun Patel, tous deux chez Adevinta, gèrent une flotte de clusters.");

        assertThat(speakers)
                .containsExactly(
                        new TalkSpeaker("Nina Hoffmann", "Adevinta"), new TalkSpeaker("Arjun Patel", "Adevinta"));
    }

    @Test
    void shouldMergeATableRowAndTheSectionOnTheSameTalk() {
        List<TalkCandidate> merged = RepeatedTalks.merge(List.of(
                new TalkCandidate(
                        "Kargo in Production", List.of(new TalkSpeaker("Noor Al-Sayed", null)), null, "", List.of()),
                new TalkCandidate("Other Talk About Things", List.of(), null, "x", List.of()),
                new TalkCandidate(
                        "Kargo in Production: Promotion Pipelines",
                        List.of(new TalkSpeaker("Noor Al-Sayed", "Akuity")),
                        LocalDate.of(2025, 4, 2),
                        "Noor showed Kargo.",
                        List.of())));

        assertThat(merged)
                .extracting(TalkCandidate::title, TalkCandidate::speakers, TalkCandidate::day, TalkCandidate::text)
                .containsExactly(
                        tuple(
                                "Kargo in Production: Promotion Pipelines",
                                List.of(new TalkSpeaker("Noor Al-Sayed", "Akuity")),
                                LocalDate.of(2025, 4, 2),
                                "Noor showed Kargo."),
                        tuple("Other Talk About Things", List.of(), null, "x"));
    }
}
