package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.ingest.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkExtractorSpeakersTest {

    private final TalkExtractor extractor = TalkExtractor.standard();

    @Test
    void shouldReadFrenchSpeakersFromTheProseOfEachTalk() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/speakers-in-prose-fr.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers)
                .containsExactly(
                        tuple(
                                "Sharing is Caring: GPU Sharing and CDI in Device Plugins",
                                List.of(
                                        new TalkSpeaker("Evan Lezar", "NVIDIA"),
                                        new TalkSpeaker("Kevin Klues", "NVIDIA"))),
                        tuple(
                                "Lessons Learned Building a Scalable GitOps Platform",
                                List.of(new TalkSpeaker("Priya Patel", "Acme Bank"))));
    }

    @Test
    void shouldReadEnglishSpeakersFromProseButNotFromACaption() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/speakers-in-prose-en.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::speakers)
                .containsExactly(
                        List.of(
                                new TalkSpeaker("Marcel Zięba", "Isovalent"),
                                new TalkSpeaker("Dorde Lapcevic", "Google")),
                        List.of(),
                        List.of(new TalkSpeaker("Jane Doe", "Example Corp")));
    }

    @Test
    void shouldReadSpanishSpeakersFromProse() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/speakers-in-prose-es.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::speakers)
                .containsExactly(
                        List.of(new TalkSpeaker("Marta Gómez", "Acme Cloud"), new TalkSpeaker("Luis Pérez", "Initech")),
                        List.of(new TalkSpeaker("Ana Torres", "Example Labs")));
    }
}
