package dev.recap.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF)
 * into records, each with the line it starts on. Blank lines are skipped, a byte-order mark is ignored, and
 * spaces around a quoted field are tolerated; a quote inside an unquoted field or an unclosed quote is an
 * error naming its line.
 */
final class SubscriberCsvParser {

    /** One record: the line it starts on (1-based) and its fields. */
    record Row(int line, List<String> fields) {

        Row {
            fields = List.copyOf(fields);
        }
    }

    /** CSV text that cannot be split into records. */
    static final class SyntaxException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final String text;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int line = 1;
    private int rowStart = 1;
    private boolean fieldQuoted;

    private SubscriberCsvParser(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    static List<Row> parse(String text) throws SyntaxException {
        return new SubscriberCsvParser(text).rows();
    }

    private List<Row> rows() throws SyntaxException {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == ',') {
                endField();
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                endRow();
                line++;
                rowStart = line;
            } else if (c == '"') {
                quotedField();
            } else if (fieldQuoted) {
                afterClosingQuote(c);
            } else {
                field.append(c);
            }
        }
        endRow();
        return rows;
    }

    private void quotedField() throws SyntaxException {
        if (fieldQuoted || !field.toString().isBlank()) {
            throw new SyntaxException(
                    line, "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
        }
        field.setLength(0);
        fieldQuoted = true;
        int opened = line;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                return;
            }
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
            }
            field.append(c);
        }
        throw new SyntaxException(opened, "a quoted field opened on this line is never closed");
    }

    private void afterClosingQuote(char c) throws SyntaxException {
        if (!Character.isWhitespace(c)) {
            throw new SyntaxException(
                    line, "text after the closing quote of a field; write a quote inside a quoted field as \"\"");
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        fieldQuoted = false;
    }

    private void endRow() {
        boolean blankLine = fields.isEmpty() && !fieldQuoted && field.toString().isBlank();
        endField();
        if (!blankLine) {
            rows.add(new Row(rowStart, fields));
        }
        fields.clear();
    }
}
