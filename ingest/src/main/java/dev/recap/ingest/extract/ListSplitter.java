package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits lists of people the way {@code Pattern.split} does with the separators Recap reads them by, outside
 * parentheses only ("Ann Lee (Acme, Paris), Bob Roe"): commas and semicolons, or the words "and", "et",
 * "und", "y" and "&amp;" between spaces. A scan from each separator character or space, rather than a regex
 * tried at every position; the pieces are the same, trailing empty ones dropped.
 */
final class ListSplitter {

    private static final List<String> AND_WORDS = List.of("et", "and", "&", "und", "y");

    private ListSplitter() {}

    /** {@code text} split at {@code \s*[,;]\s*} outside parentheses. */
    static String[] commas(String text) {
        List<String> pieces = new ArrayList<>();
        int last = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ',' && c != ';') {
                continue;
            }
            int end = skipSpaces(text, k + 1);
            if (insideParentheses(text, end)) {
                continue;
            }
            int start = k;
            while (start > last && Chars.isRegexSpace(text.charAt(start - 1))) {
                start--;
            }
            pieces.add(text.substring(last, start));
            last = end;
            k = end - 1;
        }
        return finish(text, pieces, last);
    }

    /** {@code text} split at {@code \s+(?:et|and|&|und|y)\s+} outside parentheses. */
    static String[] ands(String text) {
        List<String> pieces = new ArrayList<>();
        int last = 0;
        for (int start = 0; start < text.length(); start++) {
            if (!Chars.isRegexSpace(text.charAt(start))) {
                continue;
            }
            int word = skipSpaces(text, start);
            int end = -1;
            for (String and : AND_WORDS) {
                int after = word + and.length();
                if (text.startsWith(and, word) && after < text.length() && Chars.isRegexSpace(text.charAt(after))) {
                    end = skipSpaces(text, after);
                    break;
                }
            }
            if (end < 0 || insideParentheses(text, end)) {
                start = word - 1; // no separator begins anywhere in these spaces
                continue;
            }
            pieces.add(text.substring(last, start));
            last = end;
            start = end - 1;
        }
        return finish(text, pieces, last);
    }

    // What (?![^()]*\)) refuses: the first parenthesis from {@code at} on closes one.
    private static boolean insideParentheses(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                return false;
            }
            if (c == ')') {
                return true;
            }
        }
        return false;
    }

    private static String[] finish(String text, List<String> pieces, int last) {
        if (pieces.isEmpty()) {
            return new String[] {text};
        }
        pieces.add(text.substring(last));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(String[]::new);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Chars.isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
