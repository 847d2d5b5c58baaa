package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.recap.notifier.TestDigests;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmailSizeTest {

    @Test
    void shouldCountUtf8BytesWithoutEncoding() {
        String text = "Sécurité — ok 🙂";

        int bytes = EmailSize.utf8(text);

        assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shouldEstimateTheQuotedPrintableSizeOfARenderedEmailWithinOnePercent() throws Exception {
        DigestRenderer renderer = new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")));
        RenderedDigest email = renderer.renderEmail(
                NewsletterFixtures.kubeconWeek(),
                WeekActivity.of(NewsletterFixtures.MONDAY, NewsletterFixtures.themeDays()),
                TestDigests.subscriber("camille", "fr"),
                URI.create("https://recap.example.org/unsubscribe?subscriber=camille"));

        int estimated = EmailSize.quotedPrintable(email.html());

        assertThat((double) estimated)
                .isCloseTo(quotedPrintable(email.html()), within(quotedPrintable(email.html()) * 0.01));
    }

    private static double quotedPrintable(String text) throws Exception {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (OutputStream out = MimeUtility.encode(encoded, "quoted-printable")) {
            out.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return encoded.size();
    }
}
