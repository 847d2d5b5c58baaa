package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrailingPunctuationTest {

    // the rule as first written: the scan must remove exactly what this removes
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");
    private static final List<String> PIECES =
            List.of("Title", " ", ",", ";", ":", "–", "—", "-", "\n", "\r\n", "\u2028", "\u0085", ".", "x");

    @Test
    void removesWhatTheTrailingPunctuationRegexRemoves() {
        Random random = new Random(13);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = text.toString();
            assertThat(SpeakerParser.withoutTrailingPunctuation(t))
                    .as("[%s]", t)
                    .isEqualTo(TRAILING_PUNCTUATION.matcher(t).replaceAll(""));
        }
    }
}
