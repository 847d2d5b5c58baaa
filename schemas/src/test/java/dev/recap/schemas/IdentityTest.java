package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void shouldGiveTheSameTalkKeyWhateverThePrefixCaseAccentsAndPunctuation() {
        assertThat(Identity.talkKey("Talk: Argo CD — Core!")).isEqualTo("argo cd core");
        assertThat(Identity.talkKey("  Sécurité   de la chaîne ")).isEqualTo("securite de la chaine");
        assertThat(Identity.talkKey("Keynote: Opening")).isEqualTo("opening");
    }

    @Test
    void shouldKeepTwoDifferentTalksOnOneProjectApart() {
        assertThat(Identity.talkKey("Cilium: what's new")).isNotEqualTo(Identity.talkKey("Cilium Mesh deep dive"));
    }

    @Test
    void shouldDerivePostIdFromTheCanonicalUrlElseFromTheSource() {
        String fromUrl = Identity.postId("https://example.org/p", "a.md");

        assertThat(fromUrl).isEqualTo(Identity.postId("https://example.org/p", "elsewhere/b.md"));
        assertThat(fromUrl).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(Identity.postId(null, "a.md")).isEqualTo(Identity.postId(" ", "a.md"));
        assertThat(Identity.postId(null, "a.md")).isNotEqualTo(fromUrl);
    }

    @Test
    void shouldGiveExactlyTheTalkKeyOfTheRegexRule() {
        String alphabet = "aZ9 -_.:;!'()–—éÉèçñøßÆœİıǅΣσς²½ⅣＡ１ﬁ\u0301\u20DD\u0903日本😀\t\u00A0";
        List<String> starts = List.of("", "Talk: ", "KEYNOTE - ", "Panel discussion — ", "talk", "Workshop:");
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder(starts.get(random.nextInt(starts.size())));
            for (int c = random.nextInt(14); c > 0; c--) {
                int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
                title.appendCodePoint(alphabet.codePointAt(at));
            }

            assertThat(Identity.talkKey(title.toString()))
                    .as(title.toString())
                    .isEqualTo(talkKeyByRegex(title.toString()));
        }
    }

    // The rule as first written with regular expressions, kept as the reference for the one-pass version.
    private static String talkKeyByRegex(String title) {
        String t = Pattern.compile(
                        "^(talk|keynote|lightning talk|panel discussion|panel|tutorial|workshop|contribfest|conference"
                                + "|session)\\s*[:\\-–—]\\s*",
                        Pattern.CASE_INSENSITIVE)
                .matcher(title.strip())
                .replaceFirst("");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t.isEmpty() ? title.strip().toLowerCase(Locale.ROOT) : t;
    }
}
