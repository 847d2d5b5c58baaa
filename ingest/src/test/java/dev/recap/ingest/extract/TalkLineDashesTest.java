package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TalkLineDashesTest {

    // the separators as first written, as a regex: the scan must cut exactly where it matches
    private static final Pattern DASH = Pattern.compile("\\s+[-–—|]\\s+|\\s*[–—]\\s*|\\s*:\\s+");
    private static final List<String> PIECES = List.of(
            "Title", "Ann Lee", "Acme", "-", "–", "—", "|", ":", " ", "  ", "\t", "\n", "x", "cloud-native", "a:b");

    private static List<String> byRegex(String text) {
        List<String> cuts = new ArrayList<>();
        Matcher m = DASH.matcher(text);
        while (m.find()) {
            cuts.add(m.start() + "-" + m.end());
        }
        return cuts;
    }

    private static List<String> byScan(String text) {
        return TalkLines.dashes(text).stream().map(c -> c[0] + "-" + c[1]).toList();
    }

    @Test
    void cutsWhereTheSeparatorRegexMatches() {
        for (String t : RandomTexts.of(7, 20_000, 12, PIECES)) {
            assertThat(byScan(t)).as(t).isEqualTo(byRegex(t));
        }
    }

    @Test
    void aSeparatorKeepsItsSpaces() {
        assertThat(byScan("Title - - Ann Lee, Acme")).containsExactly("5-8");
        assertThat(byScan("Title—Ann Lee | Acme: x")).containsExactly("5-6", "13-16", "20-22");
    }
}
