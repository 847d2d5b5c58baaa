package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListSplitterTest {

    // the separators as first written: the scans must split exactly as these do
    private static final Pattern COMMA = Pattern.compile("\\s*[,;]\\s*(?![^()]*\\))");
    private static final Pattern AND = Pattern.compile("\\s+(?:et|and|&|und|y)\\s+(?![^()]*\\))");
    private static final List<String> PIECES = List.of(
            "Ann Lee", "Bob", "Acme", ",", ";", " ", "  ", "\t", "\n", "(", ")", "et", "and", "&", "und", "y", "yes",
            "etc", "é", "x");

    @Test
    void splitsAsTheSeparatorRegexesDo() {
        for (String t : RandomTexts.of(11, 50_000, 14, PIECES)) {
            assertThat(ListSplitter.commas(t)).as("commas of [%s]", t).containsExactly(COMMA.split(t));
            assertThat(ListSplitter.ands(t)).as("ands of [%s]", t).containsExactly(AND.split(t));
        }
    }

    @Test
    void keepsWhatParenthesesHoldTogether() {
        assertThat(ListSplitter.commas("Ann Lee (Acme, Paris), Bob Roe;Cy"))
                .containsExactly("Ann Lee (Acme, Paris)", "Bob Roe", "Cy");
        assertThat(ListSplitter.ands("Ann Lee (R and D) et Bob Roe and  Cy"))
                .containsExactly("Ann Lee (R and D)", "Bob Roe", "Cy");
    }
}
