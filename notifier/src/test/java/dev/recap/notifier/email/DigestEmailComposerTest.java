package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.TestDigests;
import dev.recap.notifier.render.DigestRenderer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestEmailComposerTest {

    private final DigestEmailComposer composer = EmailFixtures.composer();

    @Test
    void shouldAddressTheSubscriberFromTheConfiguredSenderWithALocalisedSubject() throws Exception {
        Subscriber camille = TestDigests.subscriber("camille", "fr");

        MimeMessage message = composer.compose(TestDigests.standard(), camille);

        assertThat(message.getFrom()).containsExactly(new InternetAddress("digest@recap.local", "Recap"));
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("camille@example.org", "Reader camille"));
        assertThat(message.getSubject()).isEqualTo("Recap — semaine 2023-W16");
        assertThat(message.getSentDate()).isEqualTo(Date.from(EmailFixtures.NOW));
    }

    @Test
    void shouldOfferOneClickUnsubscribe() throws Exception {
        Subscriber ada = TestDigests.subscriber("ada", "en");

        MimeMessage message = composer.compose(TestDigests.standard(), ada);

        assertThat(message.getHeader("List-Unsubscribe"))
                .containsExactly("<https://recap.example.org/unsubscribe?subscriber=ada>");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void shouldOfferAMailtoUnsubscribeAfterTheOneClickUrlWhenAMailboxIsConfigured() throws Exception {
        UnsubscribeLinks withMailbox = new UnsubscribeLinks() {
            @Override
            public URI forSubscriber(String subscriberId) {
                return URI.create("https://recap.example.org/unsubscribe?token=t-" + subscriberId);
            }

            @Override
            public Optional<URI> mailtoFor(String subscriberId) {
                return Optional.of(
                        URI.create("mailto:leave@recap.example.org?subject=unsubscribe%20t-" + subscriberId));
            }
        };
        DigestEmailComposer composer = new DigestEmailComposer(
                "Recap <digest@recap.local>",
                withMailbox,
                new DigestRenderer(EmailFixtures.URLS),
                Clock.fixed(EmailFixtures.NOW, ZoneOffset.UTC));

        MimeMessage message = composer.compose(TestDigests.standard(), TestDigests.subscriber("ada", "en"));

        assertThat(message.getHeader("List-Unsubscribe"))
                .containsExactly("<https://recap.example.org/unsubscribe?token=t-ada>, "
                        + "<mailto:leave@recap.example.org?subject=unsubscribe%20t-ada>");
    }

    @Test
    void shouldSendTextThenHtmlAsMultipartAlternativeInUtf8() throws Exception {
        Subscriber ada = TestDigests.subscriber("ada", "en");

        MimeMessage message = composer.compose(TestDigests.standard(), ada);

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(html.getContentType()).isEqualTo("text/html; charset=UTF-8");
        // the parts hold their wire form: quoted-printable lines end with CRLF
        assertThat(text.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat((String) text.getContent()).startsWith("Recap — week 2023-W16\r\n");
        assertThat((String) html.getContent()).contains(TestDigests.ARGO_TITLE);
    }

    @Test
    void shouldDeriveTheSameMessageIdFromTheDigestAndSubscriberOnEveryCompose() throws Exception {
        Digest digest = TestDigests.standard();
        Subscriber ada = TestDigests.subscriber("ada", "en");

        MimeMessage first = composer.compose(digest, ada);
        MimeMessage second = composer.compose(digest, ada);

        assertThat(first.getMessageID()).isEqualTo("<2023-W16-0123456789ab.ada.EMAIL@recap.local>");
        assertThat(second.getMessageID()).isEqualTo(first.getMessageID());
    }

    @Test
    void shouldHashSubscriberIdsThatAreNotPlainAtoms() {
        String id = "ada <evil>";

        String messageId = DigestEmailComposer.messageId(TestDigests.DIGEST_ID, id);

        assertThat(messageId)
                .isEqualTo(DigestEmailComposer.messageId(TestDigests.DIGEST_ID, id))
                .matches("<2023-W16-0123456789ab\\.h[0-9a-f]{16}\\.EMAIL@recap\\.local>");
    }

    @Test
    void shouldRefuseANameWithALineBreak() {
        Subscriber ada = TestDigests.subscriber("ada", "en");
        ada.setName("Ada\r\nBcc: victim@example.org");

        assertThatThrownBy(() -> composer.compose(TestDigests.standard(), ada))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Refusing a To name header value containing CR, LF or NUL at index 3");
    }

    @Test
    void shouldRefuseAnAddressWithALineBreak() {
        Subscriber ada = TestDigests.subscriber("ada", "en");
        ada.setEmail("ada@example.org\nBcc: victim@example.org");

        assertThatThrownBy(() -> composer.compose(TestDigests.standard(), ada))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Refusing a To header value containing CR, LF or NUL at index 15");
    }

    @Test
    void shouldRefuseASenderWithALineBreak() {
        String from = "Recap <digest@recap.local>\r\nBcc: victim@example.org";

        assertThatThrownBy(() -> new DigestEmailComposer(
                        from, EmailFixtures.LINKS, new DigestRenderer(EmailFixtures.URLS), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Refusing a From header value containing CR, LF or NUL at index 26");
    }

    @Test
    void shouldRefuseASubscriberWithoutAnAddress() {
        Subscriber ada = TestDigests.subscriber("ada", "en");
        ada.setEmail(null);

        assertThatThrownBy(() -> composer.compose(TestDigests.standard(), ada))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Subscriber ada has no email address");
    }

    @Test
    void shouldKeepTheWholeMessageOfABigDigestUnder102Kilobytes() throws Exception {
        Digest big = TestDigests.big(13, 60, 1200);
        Subscriber camille = TestDigests.subscriber("camille", "fr");

        MimeMessage message = composer.compose(big, camille);

        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        assertThat(wire.size()).isLessThan(102 * 1024);
    }
}
