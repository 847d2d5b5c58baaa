package dev.recap.notifier.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045) for text bodies, in one pass over the UTF-8 bytes into one array: line
 * breaks become CRLF, encoded lines stay within 76 characters (soft breaks), and a space or tab before a
 * line break is encoded. Jakarta Mail's own encoder writes a byte at a time through a chain of streams,
 * which was most of the cost of sending a digest.
 */
final class QuotedPrintable {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {}

    /** The quoted-printable form of {@code text} in UTF-8. */
    static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length + in.length / 4 + 16];
        int n = 0;
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                continue;
            }
            if (out.length - n < 8) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (b == '\n') {
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
                continue;
            }
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !atLineEnd(in, i));
            int width = literal ? 1 : 3;
            if (column + width > MAX_LINE - 1) {
                out[n++] = '=';
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
            }
            if (literal) {
                out[n++] = (byte) b;
            } else {
                out[n++] = '=';
                out[n++] = HEX[b >> 4];
                out[n++] = HEX[b & 0xf];
            }
            column += width;
        }
        return Arrays.copyOf(out, n);
    }

    // Whitespace that ends a line (or the text) would be dropped by transports: it is encoded instead.
    private static boolean atLineEnd(byte[] in, int i) {
        return i + 1 == in.length || in[i + 1] == '\n' || in[i + 1] == '\r';
    }
}
