package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MentionContextTest {

    // The rule as first written: regexes over windows cut out around the mention. MentionContext must
    // answer the same everywhere.
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?<![.!?:]\\s{0,3})\\p{Lu}[\\p{L}-]*[ ]$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("[ ]\\p{Lu}\\p{Ll}");

    private static boolean byWindows(String text, int start, int end) {
        if (CAPITALISED_BEFORE
                        .matcher(text.substring(Math.max(0, start - 40), start))
                        .find()
                || CAPITALISED_AFTER
                        .matcher(text.substring(end, Math.min(text.length(), end + 40)))
                        .lookingAt()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - MentionContext.CONTEXT_CHARS), start);
        String after = text.substring(end, Math.min(text.length(), end + MentionContext.CONTEXT_CHARS));
        return MentionContext.CONTEXT.matcher(before).find()
                || MentionContext.CONTEXT.matcher(after).find();
    }

    private static final List<String> PIECES = List.of(
            "Flux",
            "flux",
            "Kubernetes",
            "kubernetes",
            "pod",
            "pods",
            "podcast",
            "deploy_kube",
            "deployé",
            "Deploy",
            "cloud native",
            "cloud-native",
            "open source",
            "CNCF",
            "David",
            "Porter",
            "McDonald",
            "Ann-Marie",
            "Mesh",
            "mesh",
            "Ambient",
            "Istio",
            "talk",
            "talks",
            "kubecon2023",
            "k8s",
            "8k8s",
            "Émile",
            "été",
            "d\u0301e",
            ".",
            "!",
            "?",
            ":",
            ",",
            "-",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\u212Aube",
            "\u017Fandbox",
            "\u0130ncubating",
            "\u0131ncubating",
            "CLUSTER",
            "Déploiement",
            "opÉrateur",
            "\r\n",
            "\r",
            "\u2028",
            "\t",
            "é",
            "x",
            "Y",
            "12",
            "_",
            "\uD835\uDC00");

    @Test
    void answersAsTheWindowRegexesDoAroundEveryMention() {
        Random random = new Random(42);
        int contexts = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 5 + random.nextInt(random.nextBoolean() ? 30 : 200);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = text.toString();
            MentionContext context = new MentionContext(t);
            for (int at = t.indexOf("lux"); at >= 0; at = t.indexOf("lux", at + 1)) {
                int start = at - 1;
                boolean expected = byWindows(t, start, start + 4);
                assertThat(context.holds(start, start + 4))
                        .as("mention at %d of %s", start, t)
                        .isEqualTo(expected);
                contexts += expected ? 1 : 0;
            }
        }
        assertThat(contexts).as("mentions found in context").isGreaterThan(100);
    }

    @Test
    void aWindowEdgeCuttingAWordReadsAsTheCutWindowDoes() {
        // "podcast" cut after "pod" by the 250-character window: the cut window names a context word
        String text = "Flux " + "x".repeat(244) + " podcast";
        assertThat(text.indexOf("podcast")).isEqualTo(250);
        assertThat(new MentionContext(text).holds(0, 4)).isEqualTo(byWindows(text, 0, 4));
    }

    @Test
    void aCapitalisedNameAroundTheMentionIsNoMention() {
        MentionContext context = new MentionContext("Talk by David Flux on Kubernetes clusters");
        int at = "Talk by David Flux on Kubernetes clusters".indexOf("Flux");
        assertThat(context.holds(at, at + 4)).isFalse();
        String sentence = "It runs on Kubernetes. Flux syncs the cluster";
        assertThat(new MentionContext(sentence).holds(sentence.indexOf("Flux"), sentence.indexOf("Flux") + 4))
                .isTrue();
    }
}
