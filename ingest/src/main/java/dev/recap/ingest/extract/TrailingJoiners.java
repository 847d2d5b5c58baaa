package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.List;

/**
 * Takes off the end of a phrase of names what cannot end one: spaces, commas, "&amp;", "@" and the joining
 * words ("and", "et", "de", "from", "with"...) that a cut sentence leaves behind ("Ann Lee et Bob Roe de").
 * Read from the end, character by character and word by word, rather than by a regex tried at every
 * position; it removes what {@code (?:[\s,&@]|\b(?:et|and|...))+$} does.
 */
final class TrailingJoiners {

    private static final List<String> WORDS = List.of(
            "et", "and", "y", "und", "de", "chez", "from", "at", "of", "with", "avec", "con", "mit", "von", "bei");

    private TrailingJoiners() {}

    static String strip(String phrase) {
        // "$" stands at the very end, or before one final line break
        int end = phrase.length();
        if (end > 0 && Chars.isLineBreak(phrase.charAt(end - 1)) && !Chars.isRegexSpace(phrase.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0) {
            char c = phrase.charAt(start - 1);
            if (Chars.isRegexSpace(c) || c == ',' || c == '&' || c == '@') {
                start--;
                continue;
            }
            int word = joinerEndingAt(phrase, start);
            if (word < 0) {
                break;
            }
            start = word;
        }
        return start == end ? phrase : phrase.substring(0, start) + phrase.substring(end);
    }

    // The start of the joining word that ends at {@code end} after a word boundary, or -1.
    private static int joinerEndingAt(String text, int end) {
        for (String word : WORDS) {
            int start = end - word.length();
            if (start >= 0 && text.startsWith(word, start) && !isWordBefore(text, start)) {
                return start;
            }
        }
        return -1;
    }

    // What \b sees on the left of {@code at}: a word character, or a mark on one.
    private static boolean isWordBefore(String text, int at) {
        if (at == 0) {
            return false;
        }
        int c = text.codePointBefore(at);
        return isWord(c) || (Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, at - 1));
    }

    private static boolean hasBase(String text, int from) {
        for (int x = from; x >= 0; x--) {
            int c = text.codePointAt(x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
