package dev.recap.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text: UTF-8 when they are valid UTF-8, else Windows-1252 (the usual
 * legacy encoding of blog exports), without a byte-order mark and with {@code \n} line ends. It also
 * tells binary content apart, from NUL bytes or a high share of control characters.
 */
public final class ContentDecoder {

    private static final int SNIFF_BYTES = 8_192;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Charset LEGACY = Charset.forName("windows-1252");

    private ContentDecoder() {}

    /** True when the first bytes of {@code content} hold a NUL or too many control characters. */
    public static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE;
    }

    /** The text of {@code content}. */
    public static String decode(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        // Malformed input decodes to U+FFFD here: without one the bytes were valid UTF-8 and this is the
        // strict decoding; with one (malformed, or a U+FFFD in the text) the strict decoder tells which.
        if (text.indexOf('\uFFFD') >= 0) {
            text = strictUtf8OrLegacy(content);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String strictUtf8OrLegacy(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, LEGACY);
        }
    }
}
