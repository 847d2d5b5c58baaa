package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.notifier.TestDigests;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportTest {

    @TempDir
    Path root;

    private final DigestEmailComposer composer = EmailFixtures.composer();

    @Test
    void shouldWriteTheMessageUnderTheWeekAndSubscriber() throws Exception {
        MimeMessage message = composer.compose(TestDigests.standard(), TestDigests.subscriber("ada", "en"));
        OutboxMailTransport outbox = new OutboxMailTransport(root);

        try (MailTransport.Batch batch = outbox.openBatch()) {
            batch.send(new OutgoingEmail("2023-W16", "ada", message));
        }

        Path eml = root.resolve("2023-W16").resolve("ada.eml");
        try (InputStream in = Files.newInputStream(eml);
                Stream<Path> files = Files.list(eml.getParent())) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getMessageID()).isEqualTo("<2023-W16-0123456789ab.ada.EMAIL@recap.local>");
            assertThat(read.getSubject()).isEqualTo("Recap — week 2023-W16");
            assertThat(files).containsExactly(eml);
        }
    }

    @Test
    void shouldRefuseASubscriberIdThatWouldEscapeTheOutbox() throws Exception {
        MimeMessage message = composer.compose(TestDigests.standard(), TestDigests.subscriber("ada", "en"));
        OutboxMailTransport outbox = new OutboxMailTransport(root);

        try (MailTransport.Batch batch = outbox.openBatch()) {
            assertThatThrownBy(() -> batch.send(new OutgoingEmail("2023-W16", "../../etc/passwd", message)))
                    .isInstanceOf(MailSendException.class)
                    .hasMessage("Cannot write the outbox file of ../../etc/passwd")
                    .hasRootCauseMessage("Not usable as a file name: '../../etc/passwd'");
        }
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).isEmpty();
        }
    }
}
