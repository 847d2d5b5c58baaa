package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrailingPunctuationTest {

    // the rule as first written: the scan must remove exactly what this removes
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");
    private static final List<String> PIECES =
            List.of("Title", " ", ",", ";", ":", "–", "—", "-", "\n", "\r\n", "\u2028", "\u0085", ".", "x");

    @Test
    void removesWhatTheTrailingPunctuationRegexRemoves() {
        for (String t : RandomTexts.of(13, 50_000, 8, PIECES)) {
            assertThat(SpeakerParser.withoutTrailingPunctuation(t))
                    .as("[%s]", t)
                    .isEqualTo(TRAILING_PUNCTUATION.matcher(t).replaceAll(""));
        }
    }
}
