package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SpeakerParser#listed}: speaker lists after a title, with and without companies. */
class SpeakerListTest {

    @Test
    void shouldReadNameCompanyPairsSeparatedBySemicolons() {
        assertThat(SpeakerParser.listed("Ann Lee, Red Hat; Bob Roe, Initech Labs"))
                .containsExactly(new TalkSpeaker("Ann Lee", "Red Hat"), new TalkSpeaker("Bob Roe", "Initech Labs"));
    }

    @Test
    void shouldReadOneNameAndItsCompany() {
        assertThat(SpeakerParser.listed("Dana Wu, Acme Retail"))
                .containsExactly(new TalkSpeaker("Dana Wu", "Acme Retail"));
    }

    @Test
    void shouldReadNamesJoinedByAndAsPeopleWithoutCompanies() {
        assertThat(SpeakerParser.listed("Ann Lee, Bob Roe and Cy Doe"))
                .containsExactly(
                        new TalkSpeaker("Ann Lee", null),
                        new TalkSpeaker("Bob Roe", null),
                        new TalkSpeaker("Cy Doe", null));
    }

    @Test
    void shouldNotReadAKnownCompanyAsAPerson() {
        assertThat(SpeakerParser.listed("Ann Lee, Bob Roe, Red Hat"))
                .containsExactly(new TalkSpeaker("Ann Lee", null), new TalkSpeaker("Bob Roe", "Red Hat"));
        assertThat(PersonNames.looksLikeName("Red Hat")).isFalse();
        assertThat(PersonNames.looksLikeName("Polar Signals")).isFalse();
    }

    @Test
    void shouldReadNothingFromProse() {
        assertThat(SpeakerParser.listed("a great demo of the new scheduler")).isEmpty();
    }

    @Test
    void shouldReadNameCompanyPairsJoinedByAnAmpersand() {
        assertThat(SpeakerParser.listed("Ann Lee, Red Hat & Bob Roe, Initech"))
                .containsExactly(new TalkSpeaker("Ann Lee", "Red Hat"), new TalkSpeaker("Bob Roe", "Initech"));
    }

    @Test
    void shouldReadACommaSeparatedSpeakersColumnAsPeople() {
        assertThat(SpeakerParser.listed("Marta Iglesias, Pieter de Wit", false))
                .containsExactly(new TalkSpeaker("Marta Iglesias", null), new TalkSpeaker("Pieter de Wit", null));
    }
}
