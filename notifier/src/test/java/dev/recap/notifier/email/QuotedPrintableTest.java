package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotedPrintableTest {

    private static final String ALPHABET = "abc XYZ 019 = .\t\n\r\n\r é à ç œ — ” 😀 ≤ ß ñ <a href=\"x\">";

    @Test
    void shouldEncodeSpecialBytesAndKeepLineBreaksAsCrlf() {
        String encoded = new String(QuotedPrintable.encode("a=b é\nend \n"), StandardCharsets.US_ASCII);

        assertThat(encoded).isEqualTo("a=3Db =C3=A9\r\nend=20\r\n");
    }

    @Test
    void shouldBreakLongLinesSoftlyWithinSeventySixCharacters() {
        String encoded = new String(QuotedPrintable.encode("x".repeat(200)), StandardCharsets.US_ASCII);

        assertThat(encoded.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(encoded.replace("=\r\n", "")).isEqualTo("x".repeat(200));
    }

    @Test
    void shouldDecodeBackToTheSameTextWithJakartaMailOn20000RandomTexts() throws Exception {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                int c = ALPHABET.codePointAt(
                        ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length()))));
                text.appendCodePoint(c);
            }
            String original = text.toString();
            byte[] encoded = QuotedPrintable.encode(original);

            String ascii = new String(encoded, StandardCharsets.US_ASCII);
            assertThat(ascii.split("\r\n", -1))
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
            assertThat(ascii).doesNotContain(" \r\n").doesNotContain("\t\r\n");
            try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
                String back = new String(decoded.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(back).isEqualTo(original.replace("\r\n", "\n").replace("\n", "\r\n"));
            }
        }
    }
}
