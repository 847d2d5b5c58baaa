package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Section;
import dev.recap.ingest.parse.SummaryPicker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary of a talk: the first one to three sentences of its own section, skipping captions (a
 * line repeating the title), speaker lines and lone words, within {@link #MAX_CHARS} characters.
 */
final class TalkSummary {

    static final int MAX_CHARS = 300;
    private static final int MAX_SENTENCES = 3;
    private static final int MIN_WORDS = 5;
    private static final int LONG_PARAGRAPH_CHARS = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\p{N}\"“«(\\[])");

    private TalkSummary() {}

    /** The summary of the talk {@code title} whose section text is {@code text}; {@code null} when it has none. */
    static String of(String title, String text) {
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
            boolean speakers =
                    !longParagraph && !SpeakerParser.fromLine(paragraph).isEmpty();
            if (!caption && !speakers && (longParagraph || words.split(" ").length >= MIN_WORDS)) {
                boolean list = paragraph.startsWith("- ") || paragraph.startsWith("• ");
                (list ? lists : prose).add(SPACES.matcher(paragraph).replaceAll(" "));
                proseChars += list ? 0 : paragraph.length();
            }
        }
        List<String> candidates = prose.isEmpty() ? lists : prose;
        if (candidates.isEmpty()) {
            return null;
        }
        StringBuilder summary = new StringBuilder();
        int sentences = 0;
        for (String sentence : SENTENCE_BREAK.split(String.join(" ", candidates))) {
            if (sentences == MAX_SENTENCES || (sentences > 0 && summary.length() + sentence.length() >= MAX_CHARS)) {
                break;
            }
            summary.append(sentences == 0 ? "" : " ").append(sentence);
            sentences++;
        }
        return SummaryPicker.shorten(summary.toString(), MAX_CHARS);
    }
}
