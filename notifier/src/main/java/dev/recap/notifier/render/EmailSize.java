package dev.recap.notifier.render;

/**
 * Sizes of email bodies without encoding them: UTF-8 bytes, and the bytes after quoted-printable
 * transfer encoding (what most mail libraries use for mostly-ASCII text), with CRLF line ends.
 */
final class EmailSize {

    private static final int QP_LINE = 76;

    private EmailSize() {}

    /** UTF-8 length of {@code text}. */
    static int utf8(CharSequence text) {
        int bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            bytes += utf8(text.charAt(i));
        }
        return bytes;
    }

    /**
     * Quoted-printable length of the UTF-8 bytes of {@code text}: '=' and non-ASCII bytes take three
     * characters, lines are cut with a soft break ("=" CRLF) before 76 characters, newlines become CRLF.
     */
    static int quotedPrintable(CharSequence text) {
        int total = 0;
        int column = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                total += 2;
                column = 0;
                continue;
            }
            int width = c == '=' || c == '\t' || c < 0x20 || c > 0x7e ? 3 * utf8(c) : 1;
            if (column + width > QP_LINE - 1) {
                total += 3;
                column = 0;
            }
            total += width;
            column += width;
        }
        return total;
    }

    private static int utf8(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        // A surrogate pair is four bytes: two for each half.
        return Character.isSurrogate(c) ? 2 : 3;
    }
}
