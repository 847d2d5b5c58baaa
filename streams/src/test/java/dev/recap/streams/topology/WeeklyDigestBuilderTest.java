package dev.recap.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.schemas.AvroSerde;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyDigestBuilderTest {

    private final WeeklyDigestBuilder builder = new WeeklyDigestBuilder("UTC");

    @Test
    void shouldShowAtMost25ItemsASectionAndCountThemAll() {
        Digest digest = builder.build("2023-W16", posts(40, 100), List.of(), List.of());

        assertThat(digest.getSections()).hasSize(1);
        assertThat(digest.getSections().get(0).getItems()).hasSize(25);
        assertThat(digest.getSections().get(0).getTotal()).isEqualTo(40);
        assertThat(digest.getStats().getPosts()).isEqualTo(40);
    }

    @Test
    void shouldShowFewerItemsWhenTheDigestWouldPassKafkasRecordLimit() {
        Digest digest = builder.build("2023-W16", posts(40, 60_000), List.of(), List.of());

        assertThat(AvroSerde.of(Digest.class).encode(digest).length)
                .isLessThanOrEqualTo(WeeklyDigestBuilder.MAX_DIGEST_BYTES);
        assertThat(digest.getSections().get(0).getItems()).hasSize(6);
        assertThat(digest.getSections().get(0).getTotal()).isEqualTo(40);
    }

    @Test
    void shouldGiveNoDigestToAWeekWithNeitherItemsNorLateArrivals() {
        assertThat(builder.build("2023-W16", List.of(), posts(3, 10), List.of()))
                .isNull();
    }

    private static List<DigestItem> posts(int count, int summaryChars) {
        List<DigestItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(DigestItem.newBuilder()
                    .setId("post:p" + i)
                    .setKind(ItemKind.POST)
                    .setTitle("Post " + i)
                    .setThemes(List.of("gitops-delivery"))
                    .setDay("2023-04-19")
                    .setSummary("x".repeat(summaryChars))
                    .setSources(List.of("p" + i))
                    .setScore(1)
                    .build());
        }
        return items;
    }
}
