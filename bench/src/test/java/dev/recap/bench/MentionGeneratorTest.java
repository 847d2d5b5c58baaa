package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.TalkMention;
import dev.recap.schemas.Identity;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionGeneratorTest {

    private static final int EVENTS = 10_000;
    private static final int TALKS = 1_000;

    @Test
    void shouldGiveTheSameMentionsForTheSameSeed() {
        List<TalkMention> first = new MentionGenerator(7, EVENTS, TALKS).generate();

        List<TalkMention> second = new MentionGenerator(7, EVENTS, TALKS).generate();
        List<TalkMention> otherSeed = new MentionGenerator(8, EVENTS, TALKS).generate();

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void shouldKeyEveryMentionByTheTalkKeyOfItsTitleAsWritten() {
        List<TalkMention> mentions = new MentionGenerator(7, EVENTS, TALKS).generate();

        assertThat(mentions).hasSize(EVENTS).allSatisfy(m -> {
            assertThat(m.getTalkKey()).isEqualTo(Identity.talkKey(m.getTitle()));
            assertThat(m.getSpeakers()).hasSizeBetween(1, 3);
            assertThat(m.getProjects()).hasSizeBetween(1, 3);
            assertThat(m.getLanguage()).isIn("en", "fr");
        });
    }

    @Test
    void shouldShortenAboutOneMentionInFiveToAPrefixOfItsTitle() {
        MentionGenerator generator = new MentionGenerator(7, EVENTS, TALKS);
        Set<String> titles = new HashSet<>(generator.titles());

        List<TalkMention> shortened = generator.generate().stream()
                .filter(m -> !titles.contains(m.getTitle()))
                .toList();

        assertThat((double) shortened.size() / EVENTS).isBetween(0.18, 0.22);
        assertThat(shortened).allSatisfy(m -> {
            assertThat(m.getTitle().split(" ")).hasSizeBetween(2, 3);
            assertThat(titles).anyMatch(t -> t.startsWith(m.getTitle() + " "));
        });
    }

    @Test
    void shouldDrawTheTalksAsked() {
        MentionGenerator generator = new MentionGenerator(7, EVENTS, TALKS);

        List<String> titles = generator.titles();
        Set<String> mentioned =
                generator.generate().stream().map(TalkMention::getTitle).collect(Collectors.toSet());

        assertThat(titles).hasSize(TALKS).doesNotHaveDuplicates();
        assertThat(titles.stream().map(Identity::talkKey).distinct()).hasSize(TALKS);
        assertThat(titles.stream().filter(mentioned::contains).count()).isGreaterThan(TALKS * 9 / 10);
    }

    @Test
    void shouldDateTalksInEightIsoWeeksOf2023() {
        Set<Integer> weeks = new MentionGenerator(7, EVENTS, TALKS)
                .generate().stream()
                        .map(TalkMention::getDay)
                        .filter(Objects::nonNull)
                        .peek(day -> assertThat(day.getYear()).isEqualTo(2023))
                        .map(day -> day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                        .collect(Collectors.toSet());

        assertThat(weeks).hasSize(MentionGenerator.WEEKS);
    }

    @Test
    void shouldNotEndAShortenedTitleOnALinkingWord() {
        Random random = new Random(1);

        Set<String> shortened = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            shortened.add(MentionGenerator.shortened("Running Flux at Scale: Lessons Learned", random));
        }

        assertThat(shortened).containsExactly("Running Flux");
    }
}
