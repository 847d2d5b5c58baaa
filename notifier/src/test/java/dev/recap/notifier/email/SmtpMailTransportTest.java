package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.recap.notifier.TestDigests;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailTransportTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final DigestEmailComposer composer = EmailFixtures.composer();

    @Test
    void shouldSendEachSubscriberOneMultipartMessage() throws Exception {
        MimeMessage toAda = composer.compose(TestDigests.standard(), TestDigests.subscriber("ada", "en"));
        MimeMessage toCamille = composer.compose(TestDigests.standard(), TestDigests.subscriber("camille", "fr"));
        SmtpMailTransport smtp = new SmtpMailTransport(
                SmtpSettings.plain("127.0.0.1", GREEN_MAIL.getSmtp().getPort()));

        try (MailTransport.Batch batch = smtp.openBatch()) {
            batch.send(new OutgoingEmail("2023-W16", "ada", toAda));
            batch.send(new OutgoingEmail("2023-W16", "camille", toCamille));
        }

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage ada = received[0];
        assertThat(ada.getSubject()).isEqualTo("Recap — week 2023-W16");
        assertThat(ada.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ada@example.org", "Reader ada"));
        assertThat(ada.getMessageID()).isEqualTo("<2023-W16-0123456789ab.ada.EMAIL@recap.local>");
        MimeMultipart parts = (MimeMultipart) ada.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains(TestDigests.ARGO_TITLE);
        assertThat(parts.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains(TestDigests.ARGO_TITLE);
        assertThat(received[1].getSubject()).isEqualTo("Recap — semaine 2023-W16");
    }
}
