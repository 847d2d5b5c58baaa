package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailDigestGeneratorTest {

    private final MailDigestGenerator generator = new MailDigestGenerator(42);

    @Test
    void shouldGiveTheSameDigestAndSubscribersForTheSameSeed() {
        MailDigestGenerator again = new MailDigestGenerator(42);

        assertThat(again.digest()).isEqualTo(generator.digest());
        assertThat(again.subscriber(17)).isEqualTo(generator.subscriber(17));
    }

    @Test
    void shouldSpreadThirtyItemsOverEightThemes() {
        Digest digest = generator.digest();

        assertThat(digest.getSections()).extracting(DigestSection::getTheme).isEqualTo(MailDigestGenerator.THEMES);
        assertThat(digest.getSections().stream()
                        .mapToInt(s -> s.getItems().size())
                        .sum())
                .isEqualTo(30);
        assertThat(digest.getHeadlines()).hasSize(3);
        assertThat(digest.getSpotlight()).hasSize(5);
        assertThat(digest.getWeek()).isEqualTo(MailDigestGenerator.WEEK);
    }

    @Test
    void shouldGiveEveryItemASummaryOfTwoToFourHundredCharactersAndASourcePost() {
        List<DigestItem> items = generator.digest().getSections().stream()
                .flatMap(s -> s.getItems().stream())
                .toList();

        assertThat(items).allSatisfy(item -> {
            assertThat(item.getSummary().length()).isBetween(200, 400);
            assertThat(item.getSourcePosts()).isNotEmpty().hasSameSizeAs(item.getSources());
        });
    }

    @Test
    void shouldMakeActiveEmailSubscribersAlternatingEnglishAndFrench() {
        Subscriber first = generator.subscriber(1);
        Subscriber second = generator.subscriber(2);

        assertThat(first.getId()).isEqualTo("s000001");
        assertThat(first.getEmail()).isEqualTo("s000001@example.org");
        assertThat(first.getLocale()).isEqualTo("en");
        assertThat(second.getLocale()).isEqualTo("fr");
        assertThat(first.getChannels()).containsExactly(Channel.EMAIL);
        assertThat(first.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void shouldMixSubscribersOfEveryThemeWithSubscribersOfOneToFourThemes() {
        List<Subscriber> subscribers =
                IntStream.rangeClosed(1, 1000).mapToObj(generator::subscriber).toList();

        assertThat(subscribers).anyMatch(s -> s.getThemes().isEmpty());
        assertThat(subscribers).anyMatch(s -> s.getThemes().size() == 1);
        assertThat(subscribers).anyMatch(s -> s.getThemes().size() == 4);
        assertThat(subscribers).allSatisfy(s -> {
            assertThat(s.getThemes().size()).isBetween(0, 4);
            assertThat(MailDigestGenerator.THEMES).containsAll(s.getThemes());
        });
    }
}
