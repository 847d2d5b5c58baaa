package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers, for one text, whether a mention of a project that is also an everyday word (Flux, Harbor) stands
 * among cloud-native words: not inside a capitalised phrase ("David Porter", "Istio Ambient Mesh"), and
 * with a context word ("Kubernetes", "cluster", "CNCF"...) within {@value #CONTEXT_CHARS} characters
 * before or after it. The capitalised phrases are read by scanning back and forth from the mention, where
 * regexes would be tried at every position of a window; each answer is what those regexes give.
 */
final class MentionContext {

    static final int CONTEXT_CHARS = 250;
    private static final int CAPITALISED_CHARS = 40;
    private static final int MAX_SPACES_AFTER_STOP = 3;
    static final Pattern CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:kubernetes|k8s|kube|cluster|clusters|cncf|cloud[ -]?native|containers?|conteneurs?"
                    + "|pods?|gitops|deploy\\w*|d[ée]ploi\\w*|operator|op[ée]rateur|controller|observabilit\\w*"
                    + "|metrics|m[ée]triques|tracing|mesh|ebpf|cni|helm|project|projet|proyecto|open[ -]source"
                    + "|maintainers?|sandbox|incubating|graduated|talk|kubecon)s?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // the first two letters of CONTEXT's words
    private static final LetterPairs CONTEXT_OPENINGS = new LetterPairs(
            "ku", "k8", "cl", "cn", "co", "po", "gi", "de", "dé", "op", "ob", "me", "mé", "tr", "eb", "he", "pr", "ma",
            "sa", "in", "gr", "ta");

    private final String text;

    MentionContext(String text) {
        this.text = text;
    }

    /** True when the mention at [{@code start}, {@code end}) of the text stands among cloud-native words. */
    boolean holds(int start, int end) {
        if (capitalisedBefore(start) || capitalisedAfter(end)) {
            return false;
        }
        return contextIn(Math.max(0, start - CONTEXT_CHARS), start)
                || contextIn(end, Math.min(text.length(), end + CONTEXT_CHARS));
    }

    // CONTEXT found in [from, to) as in that window cut out of the text. The regex is only tried where it can
    // start: at a character that opens one of its words (in any case), not after a letter.
    private boolean contextIn(int from, int to) {
        Matcher context = null;
        for (int p = from; p < to; p++) {
            if (!CONTEXT_OPENINGS.opens(text.charAt(p))
                    || (p > from && Character.isLetter(text.charAt(p - 1)))
                    || (p + 1 < to && !CONTEXT_OPENINGS.opens(text.charAt(p), text.charAt(p + 1)))) {
                continue;
            }
            context = context == null ? CONTEXT.matcher(text) : context;
            if (context.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    // "David Porter": a capitalised word then one space just before the mention, within the 40 characters
    // before it, unless that word opens a sentence (after . ! ? or :, and up to three spaces).
    private boolean capitalisedBefore(int start) {
        int from = Math.max(0, start - CAPITALISED_CHARS);
        int space = spaceAtEnd(from, start);
        if (space < 0) {
            return false;
        }
        // the run of letters and hyphens before the space, read back from it
        int runStart = space;
        boolean innerCapital = false;
        while (runStart > from) {
            int c = text.codePointBefore(runStart);
            if (!Character.isLetter(c) && c != '-') {
                break;
            }
            runStart -= Character.charCount(c);
            if (runStart > from && Character.getType(c) == Character.UPPERCASE_LETTER) {
                int before = text.codePointBefore(runStart);
                innerCapital |= Character.isLetter(before) || before == '-';
            }
        }
        if (innerCapital) {
            return true; // a capital inside the run: nothing but letters before it, no sentence stop
        }
        if (runStart == space || Character.getType(text.codePointAt(runStart)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        // the run opens on a capital: not after a sentence stop and at most three spaces
        int at = runStart;
        for (int spaces = 0; spaces <= MAX_SPACES_AFTER_STOP && at > from; spaces++) {
            char c = text.charAt(at - 1);
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                return false;
            }
            if (!Chars.isRegexSpace(c)) {
                break;
            }
            at--;
        }
        return true;
    }

    // The space that ends [from, to), as "[ ]$" reads it: "$" also stands before one final line break.
    private int spaceAtEnd(int from, int to) {
        if (to - 1 >= from && text.charAt(to - 1) == ' ') {
            return to - 1;
        }
        if (to - 2 >= from && Chars.isLineBreak(text.charAt(to - 1)) && text.charAt(to - 2) == ' ') {
            return to - 2;
        }
        boolean crlf = to - 3 >= from && text.charAt(to - 2) == '\r' && text.charAt(to - 1) == '\n';
        return crlf && text.charAt(to - 3) == ' ' ? to - 3 : -1;
    }

    // "Flux Operator": one space, then a capital and a small letter, just after the mention
    private boolean capitalisedAfter(int end) {
        int to = Math.min(text.length(), end + CAPITALISED_CHARS);
        if (end >= to || text.charAt(end) != ' ' || end + 1 >= to) {
            return false;
        }
        int upper = text.codePointAt(end + 1);
        int next = end + 1 + Character.charCount(upper);
        return Character.getType(upper) == Character.UPPERCASE_LETTER
                && next < to
                && Character.getType(text.codePointAt(next)) == Character.LOWERCASE_LETTER;
    }
}
