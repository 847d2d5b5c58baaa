package dev.recap.notifier.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriberIdsTest {

    @Test
    void shouldGiveOneIdToAnAddressWhateverItsCaseAndSpaces() {
        String id = SubscriberIds.forEmail("Ada@Example.org");

        assertThat(SubscriberIds.forEmail("  ada@example.org ")).isEqualTo(id);
        assertThat(id).matches("s-[0-9a-f]{16}");
        assertThat(SubscriberIds.forEmail("grace@example.org")).isNotEqualTo(id);
    }

    @Test
    void shouldKnowTheThirteenThemeIds() {
        assertThat(SubscriberIds.THEMES).hasSize(13).doesNotHaveDuplicates();
        assertThat(SubscriberIds.isTheme("observability")).isTrue();
        assertThat(SubscriberIds.isTheme("kubernetes")).isFalse();
    }
}
