package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrailingJoinersTest {

    // the rule as first written: the scan must remove exactly what this removes
    private static final Pattern TRAILING =
            Pattern.compile("(?:[\\s,&@]|\\b(?:et|and|y|und|de|chez|from|at|of|with|avec|con|mit|von|bei))+$");
    private static final List<String> PIECES = List.of(
            "Ann Lee", "Acme", " ", ",", "&", "@", "et", "and", "y", "de", "from", "of", "at", "with", "con", "von",
            "bei", "chez", "x", "_", "é", "\u0301", "\n", "\u2028", "\t", "(", ")", ".", "2");

    @Test
    void removesWhatTheTrailingRegexRemoves() {
        for (String t : RandomTexts.of(3, 50_000, 10, PIECES)) {
            assertThat(TrailingJoiners.strip(t))
                    .as("[%s]", t)
                    .isEqualTo(TRAILING.matcher(t).replaceAll(""));
        }
    }

    @Test
    void leavesTheNamesOfACutSentence() {
        assertThat(TrailingJoiners.strip("Ann Lee et Bob Roe de ")).isEqualTo("Ann Lee et Bob Roe");
        assertThat(TrailingJoiners.strip("Ann Leeand")).isEqualTo("Ann Leeand");
    }
}
