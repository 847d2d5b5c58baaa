package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemViewsTest {

    @Test
    void shouldCutALongSummaryAtAWordBoundary() {
        String summary = "word ".repeat(100);

        String shortened = ItemViews.shorten(summary);

        assertThat(shortened).isEqualTo("word ".repeat(79) + "word…");
    }

    @Test
    void shouldShowADayThatIsNotAnIsoDateAsWritten() {
        String day = "Day 3";

        String shown = ItemViews.day(day, Locale.FRENCH);

        assertThat(shown).isEqualTo("Day 3");
    }

    @Test
    void shouldKeepOnlyAbsoluteWebLinks() {
        String[] urls = {
            "https://example.org/a?b=c", "HTTP://example.org", "javascript:alert(1)", "/relative", "mailto:a@b"
        };

        String[] kept = Arrays.stream(urls).map(WebLinks::httpOrNull).toArray(String[]::new);

        assertThat(kept).containsExactly("https://example.org/a?b=c", "HTTP://example.org", null, null, null);
    }
}
