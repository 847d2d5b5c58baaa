package dev.recap.notifier.render;

/**
 * Sizes of email bodies without encoding them: UTF-8 bytes, and the bytes after quoted-printable
 * transfer encoding (what mail libraries use for mostly-ASCII text), with CRLF line ends.
 */
final class EmailSize {

    private static final int QP_LINE = 76;

    private EmailSize() {}

    /** UTF-8 length of {@code text}. */
    static int utf8(CharSequence text) {
        return utf8Of(measure(text));
    }

    /** Quoted-printable length of the UTF-8 bytes of {@code text}. */
    static int quotedPrintable(CharSequence text) {
        return encodedOf(measure(text));
    }

    /**
     * Both lengths of {@code text} in one pass, packed as UTF-8 length (high half) and quoted-printable length
     * (low half): '=' and non-ASCII bytes take three characters, lines get a soft break ("=" CRLF) before
     * 76 characters, newlines become CRLF.
     */
    static long measure(CharSequence text) {
        int utf8 = 0;
        int encoded = 0;
        int column = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '=') {
                // The common case, kept branch-light: printable ASCII is one byte, encoded as itself.
                utf8++;
                if (column == QP_LINE - 1) {
                    encoded += 3;
                    column = 0;
                }
                encoded++;
                column++;
                continue;
            }
            int bytes = utf8(c);
            utf8 += bytes;
            if (c == '\n') {
                encoded += 2;
                column = 0;
                continue;
            }
            int width = c == '=' || c < 0x20 || c > 0x7e ? 3 * bytes : 1;
            if (column + width > QP_LINE - 1) {
                encoded += 3;
                column = 0;
            }
            encoded += width;
            column += width;
        }
        return ((long) utf8 << 32) | (encoded & 0xffffffffL);
    }

    static int utf8Of(long measure) {
        return (int) (measure >>> 32);
    }

    static int encodedOf(long measure) {
        return (int) measure;
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
