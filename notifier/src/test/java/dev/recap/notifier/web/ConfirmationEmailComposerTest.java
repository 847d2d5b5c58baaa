package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.TestDigests;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConfirmationEmailComposerTest {

    private static final URI LINK = URI.create("https://recap.example.org/confirm?token=abc.def");
    private final ConfirmationEmailComposer composer = new ConfirmationEmailComposer(
            "Recap <digest@recap.local>", Clock.fixed(Instant.parse("2023-04-21T07:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldSendTheLinkInTextAndHtmlInEnglish() throws Exception {
        MimeMessage message = composer.compose(pending("ada", "en", "Ada"), LINK);

        assertThat(message.getSubject()).isEqualTo("Confirm your Recap subscription");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ada@example.org", "Ada"));
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .isEqualTo("Hello Ada,\n\nPlease confirm that you want to receive the Recap weekly digest at "
                        + "ada@example.org:\n\nhttps://recap.example.org/confirm?token=abc.def\n\nThis link works for "
                        + "48 hours. If you did not ask for this, ignore this email: you will not be subscribed.\n");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<a href=\"https://recap.example.org/confirm?token=abc.def\"")
                .contains(">Confirm my subscription</a>");
    }

    @Test
    void shouldWriteToFrenchSubscribersInFrench() throws Exception {
        MimeMessage message = composer.compose(pending("camille", "fr", "Camille"), LINK);

        assertThat(message.getSubject()).isEqualTo("Confirmez votre abonnement à Recap");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("Bonjour Camille,\n\nMerci de confirmer");
    }

    @Test
    void shouldEscapeTheNameInTheHtmlPart() throws Exception {
        MimeMessage message = composer.compose(pending("eve", "en", "<b>Eve</b> & co"), LINK);

        String html =
                (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        assertThat(html)
                .contains("<p>Hello &lt;b&gt;Eve&lt;/b&gt; &amp; co,</p>")
                .doesNotContain("<b>Eve");
    }

    @Test
    void shouldRefuseALinkThatIsNotHttp() {
        assertThatThrownBy(() -> composer.compose(pending("ada", "en", "Ada"), URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A confirmation link must be http(s), was javascript");
    }

    private static Subscriber pending(String id, String locale, String name) {
        Subscriber subscriber = TestDigests.subscriber(id, locale);
        subscriber.setName(name);
        subscriber.setStatus(SubscriberStatus.PENDING);
        subscriber.setConsentedAt(null);
        return subscriber;
    }
}
