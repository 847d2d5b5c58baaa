package dev.recap.ingest.parse;

/**
 * Splits a front matter block off a markdown post: {@code ---} ... {@code ---} (or {@code ...}) is YAML,
 * {@code +++} ... {@code +++} is TOML, as Hugo and Jekyll write them. The block must open on the first
 * line and be closed; otherwise the text has no front matter.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {}

    /** The front matter of {@code text} (decoded, {@code \n} line ends). */
    public static FrontMatter split(String text) {
        String first = firstLine(text).strip();
        if (first.equals("---")) {
            return closed(text, FrontMatter.Kind.YAML, "---", "...");
        }
        if (first.equals("+++")) {
            return closed(text, FrontMatter.Kind.TOML, "+++", "+++");
        }
        return FrontMatter.none(text);
    }

    private static FrontMatter closed(String text, FrontMatter.Kind kind, String close, String altClose) {
        int start = text.indexOf('\n');
        if (start < 0) {
            return FrontMatter.none(text);
        }
        int lineStart = start + 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, end).strip();
            if (line.equals(close) || line.equals(altClose)) {
                String raw = text.substring(start + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new FrontMatter(kind, raw, body);
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return FrontMatter.none(text);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
