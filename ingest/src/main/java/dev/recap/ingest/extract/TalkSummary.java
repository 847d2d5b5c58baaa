package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import dev.recap.ingest.parse.Section;
import dev.recap.ingest.parse.SummaryPicker;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of a talk: the first one to three sentences of its own section, skipping captions (a
 * line repeating the title), speaker lines and lone words, within {@link #MAX_CHARS} characters.
 */
final class TalkSummary {

    static final int MAX_CHARS = 300;
    private static final int MAX_SENTENCES = 3;
    private static final int MIN_WORDS = 5;
    private static final int LONG_PARAGRAPH_CHARS = 200;

    private TalkSummary() {}

    /** The summary of the talk {@code title} whose section text is {@code text}; {@code null} when it has none. */
    static String of(String title, String text) {
        return of(title, text, new SpeakerReadings());
    }

    /** As {@link #of(String, String)}, reading speaker lines through the post's {@code readings}. */
    static String of(String title, String text, SpeakerReadings readings) {
        String titleWords = Words.normalise(title);
        List<String> prose = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        int proseChars = 0;
        for (String paragraph : new Section(0, "", text).paragraphs()) {
            if (proseChars >= MAX_CHARS) {
                break; // enough prose for three sentences: the rest of a long section is not read
            }
            // a long paragraph is neither a caption nor a speaker line, and has words enough
            boolean longParagraph = paragraph.length() > LONG_PARAGRAPH_CHARS;
            String words = longParagraph ? "" : Words.normalise(paragraph);
            boolean caption = !longParagraph && titleWords.contains(words);
            boolean speakers = !longParagraph && !readings.line(paragraph).isEmpty();
            if (!caption && !speakers && (longParagraph || wordCount(words) >= MIN_WORDS)) {
                boolean list = paragraph.startsWith("- ") || paragraph.startsWith("• ");
                (list ? lists : prose).add(paragraph);
                proseChars += list ? 0 : paragraph.length();
            }
        }
        // lists only count when there is no prose: their lines are joined then, not before
        List<String> candidates = prose.isEmpty() ? lists : prose;
        if (candidates.isEmpty()) {
            return null;
        }
        StringBuilder summary = new StringBuilder();
        int sentences = 0;
        // the first sentences only, each on one line: white space runs cut sentences where they would be
        // cut once joined into single spaces, so the lines of the rest need not be joined at all
        for (String sentence : sentences(String.join(" ", candidates), MAX_SENTENCES)) {
            sentence = oneLine(sentence);
            if (sentences == MAX_SENTENCES || (sentences > 0 && summary.length() + sentence.length() >= MAX_CHARS)) {
                break;
            }
            summary.append(sentences == 0 ? "" : " ").append(sentence);
            sentences++;
        }
        return SummaryPicker.shorten(summary.toString(), MAX_CHARS);
    }

    // Normalised words ("jour 1 resume") counted by their single spaces.
    private static int wordCount(String words) {
        int count = 1;
        for (int i = 0; i < words.length(); i++) {
            if (words.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    // {@code text} with each run of white space (space, tab, line break) as one space.
    static String oneLine(String text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isRegexSpace(c)) {
                if (line != null) {
                    line.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Chars.isRegexSpace(text.charAt(end))) {
                end++;
            }
            if (line == null && c == ' ' && end == i + 1) {
                continue; // a single space stays as it is: nothing to copy yet
            }
            if (line == null) {
                line = new StringBuilder(text.length()).append(text, 0, i);
            }
            line.append(' ');
            i = end - 1;
        }
        return line == null ? text : line.toString();
    }

    // The first {@code limit} sentences of {@code text}, cut at the white space after . ! ? or … when a
    // capital, a digit, a quote or an opening bracket follows; the text after them is not cut.
    static List<String> sentences(String text, int limit) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < text.length() && sentences.size() < limit; i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '!' && c != '?' && c != '…') || !Chars.isRegexSpace(text.charAt(i + 1))) {
                continue;
            }
            int next = i + 1;
            while (next < text.length() && Chars.isRegexSpace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && opensSentence(text.codePointAt(next))) {
                sentences.add(text.substring(start, i + 1));
                start = next;
                i = next - 1;
            }
        }
        if (sentences.size() < limit) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    private static boolean opensSentence(int c) {
        int type = Character.getType(c);
        return type == Character.UPPERCASE_LETTER
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || c == '"'
                || c == '“'
                || c == '«'
                || c == '('
                || c == '[';
    }
}
