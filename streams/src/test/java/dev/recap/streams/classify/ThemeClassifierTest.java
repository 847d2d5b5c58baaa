package dev.recap.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThemeClassifierTest {

    private final ThemeClassifier classifier = ThemeClassifier.withDefaultRules();

    @Test
    void shouldPutTheThemeOfANamedProjectFirst() {
        List<String> themes = classifier.classify("A pure GitOps agent", List.of("Argo"));

        assertThat(themes).containsExactly("gitops-delivery");
    }

    @Test
    void shouldMatchFrenchKeywordsWithoutTheirAccents() {
        List<String> themes = classifier.classify("La sécurité et la conformité des images", List.of());

        assertThat(themes).containsExactly("security-supply-chain");
    }

    @Test
    void shouldAddSecondaryThemesThatScoreThreeOrMore() {
        List<String> themes = classifier.classify(
                "Verifiable GitHub action: supply chain security with eBPF, XDP and kernel probes", List.of("Tracee"));

        assertThat(themes).containsExactly("security-supply-chain", "ebpf-networking");
    }

    @Test
    void shouldFileATextWithoutSignalUnderOther() {
        assertThat(classifier.classify("Lunch was great, the venue was huge", List.of()))
                .containsExactly("other");
    }

    @Test
    void shouldNotLetCommunityLeadWhenATechnicalThemeScores() {
        List<String> themes = classifier.classify(
                "Keynotes: community, maintainers and contributors; Kepler measures energy", List.of("Kepler"));

        assertThat(themes).containsExactly("sustainability", "observability", "community");
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(classifier.scores("the cniche and ebpfx things", List.of())).isEmpty();
    }

    @Test
    void shouldGiveALandscapeProjectTheThemeOfItsSubcategory() {
        Map<String, Integer> scores = classifier.scores("", List.of("Grype", "Linkerd", "Rook"));

        assertThat(scores)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("security-supply-chain", 3, "service-mesh", 3, "storage-stateful", 3));
    }

    @Test
    void shouldCountAProjectOnceWhateverAliasesNameIt() {
        Map<String, Integer> scores = classifier.scores("", List.of("Argo", "Argo CD", "ArgoCD", "argocd"));

        assertThat(scores).containsExactlyEntriesOf(Map.of("gitops-delivery", 3));
    }

    @Test
    void shouldApplyThePerProjectExceptionsOfTheThemeTable() {
        Map<String, Integer> scores = classifier.scores("", List.of("Karpenter", "Volcano", "Parca"));

        assertThat(scores)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("platform-multitenancy", 3, "ai-ml", 3, "observability", 3, "ebpf-networking", 3));
    }

    @Test
    void shouldGiveNoThemeForKubernetesNorForCompaniesOfTheLandscape() {
        Map<String, Integer> scores =
                classifier.scores("", List.of("Kubernetes", "Gaia Information Technology (member)"));

        assertThat(scores).isEmpty();
    }

    @Test
    void shouldMatchShortKeywordsOnlyWithTheirExactCase() {
        Map<String, Integer> lower = classifier.scores("j'ai vu une ia et un gpu", List.of());
        Map<String, Integer> exact = classifier.scores("AI on GPU nodes", List.of());

        assertThat(lower).isEmpty();
        assertThat(exact).containsExactlyInAnyOrderEntriesOf(Map.of("ai-ml", 2, "runtime-containers", 1));
    }

    @Test
    void shouldMatchHyphenatedAndSpanishOrGermanKeywords() {
        Map<String, Integer> scores = classifier.scores("Multi tenant platform; seguridad y Schwachstellen", List.of());

        // "multi tenant" and "tenant" are two keywords; "seguridad" and "Schwachstellen" two more
        assertThat(scores)
                .containsExactlyInAnyOrderEntriesOf(Map.of("platform-multitenancy", 2, "security-supply-chain", 2));
    }

    @Test
    void shouldScoreKeywordsExactlyAsMatchingEachOneAsAWholePhrase() {
        ThemeRules rules = ThemeRules.defaults();
        List<String> phrases = new ArrayList<>();
        rules.keywords().values().forEach(keywords -> keywords.forEach(k -> phrases.add(k.text())));
        List<String> noise = List.of("the", "Kube", "of", "-", "é", "/", "ai", "AI", "x", ",", "multi", "open");
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                boolean keyword = random.nextBoolean();
                String word =
                        keyword ? phrases.get(random.nextInt(phrases.size())) : noise.get(random.nextInt(noise.size()));
                if (keyword && random.nextInt(4) == 0) {
                    word = word.toUpperCase(Locale.ROOT);
                }
                text.append(word).append(random.nextInt(5) == 0 ? "-" : " ");
            }

            assertThat(classifier.scores(text.toString(), List.of()))
                    .as(text.toString())
                    .isEqualTo(scoresByPhraseSearch(rules, text.toString()));
        }
    }

    // The rule as written: each distinct keyword found as whole words in the normalised text scores 1, at most
    // 3 a theme; a linear search per keyword, kept here as the reference for the indexed matcher.
    private static Map<String, Integer> scoresByPhraseSearch(ThemeRules rules, String text) {
        String folded = " " + ThemeClassifier.normalise(text) + " ";
        String cased = " " + ThemeClassifier.normaliseKeepingCase(text) + " ";
        Map<String, Integer> scores = new HashMap<>();
        rules.keywords().forEach((theme, keywords) -> {
            long hits = keywords.stream()
                    .filter(k -> (k.exactCase() ? cased : folded).contains(" " + k.text() + " "))
                    .count();
            if (hits > 0) {
                scores.put(theme, (int) Math.min(hits, 3));
            }
        });
        return scores;
    }

    @Test
    void shouldNormaliseExactlyAsDecomposingDroppingMarksAndSquashingSeparators() {
        String alphabet = "aZ9/ -_.,:;'\"()éÉèçñøßÆœİıǅ²½ⅣＡ１ﬁ\u0301\u20DD\u0903日本語😀\t\n\u00A0";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(16); c > 0; c--) {
                int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
                text.appendCodePoint(alphabet.codePointAt(at));
            }

            assertThat(ThemeClassifier.normaliseKeepingCase(text.toString()))
                    .as(text.toString())
                    .isEqualTo(normalisedByRegex(text.toString()));
        }
    }

    // The rule as first written with the JDK's whole-text tools, kept as the reference for the one-pass version.
    private static String normalisedByRegex(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}/]+", " ").strip();
    }
}
