package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceEndTest {

    // the rule as first written: the scan must stop where this finds its first match
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;](?=\\s|$)|\\n");
    private static final List<String> PIECES =
            List.of("Ann Lee", "x", ".", "!", "?", ":", ";", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u0085", "3.5");

    @Test
    void endsWhereTheSentenceRegexFindsItsFirstMatch() {
        for (String t : RandomTexts.of(5, 50_000, 8, PIECES)) {
            Matcher m = SENTENCE_END.matcher(t);
            assertThat(ProseSpeakers.sentenceEnd(t)).as("[%s]", t).isEqualTo(m.find() ? m.start() : -1);
        }
    }

    @Test
    void aStopInsideANumberEndsNothing() {
        assertThat(ProseSpeakers.sentenceEnd("Kubernetes 1.27 ships. Then")).isEqualTo(21);
    }
}
