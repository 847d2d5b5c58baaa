package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.notifier.email.SmtpSettings;
import dev.recap.notifier.subscribers.SubscriberDirectory;
import dev.recap.notifier.subscribers.SubscriberWriter;
import dev.recap.notifier.web.SubscriberTokens.Purpose;
import dev.recap.notifier.web.SubscriptionService.LinkResult;
import dev.recap.notifier.web.SubscriptionService.SignUpResult;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.MutableClock;
import dev.recap.testkit.TestKafka;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The subscription rules on a real broker and SMTP server: a reader who left can sign up again but an old
 * confirmation link does not bring them back, and a confirmation that cannot be sent leaves them PENDING.
 */
class SubscriptionServiceIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ADA_ID = NotifierWebIT.ADA_ID;

    private final MutableClock clock = new MutableClock(NotifierWebIT.NOW);
    private final SubscriberTokens tokens = new SubscriberTokens(SubscriberTokensTest.SECRET, clock);
    private TopicCatalogue topics;
    private SubscriberWriter writer;
    private SubscriberDirectory directory;

    @BeforeEach
    void start() {
        topics = TestKafka.freshTopics();
        writer = SubscriberWriter.open(topics, TestKafka.clientConfig(), TIMEOUT);
        directory = new SubscriberDirectory(topics, TestKafka.clientConfig(), TIMEOUT);
    }

    @AfterEach
    void stop() {
        writer.close();
    }

    @Test
    void shouldNotReviveAnUnsubscribedReaderWithAnOldConfirmationLinkButLetThemSignUpAgain() throws Exception {
        SubscriptionService service = service(smtp(GREEN_MAIL.getSmtp().getPort()));
        service.subscribe(NotifierWebIT.ADA, "Ada", "en", List.of());
        String oldConfirmation = tokens.issue(Purpose.CONFIRM, ADA_ID);
        assertThat(service.confirm(oldConfirmation)).isEqualTo(LinkResult.CHANGED);
        clock.advance(Duration.ofHours(1));
        assertThat(service.unsubscribe(tokens.issue(Purpose.UNSUBSCRIBE, ADA_ID)))
                .isEqualTo(LinkResult.CHANGED);

        LinkResult replayedConfirmation = service.confirm(oldConfirmation);
        SignUpResult again = service.subscribe(NotifierWebIT.ADA, "Ada", "fr", List.of("wasm"));

        assertThat(replayedConfirmation).isEqualTo(LinkResult.REFUSED);
        assertThat(again).isEqualTo(SignUpResult.CONFIRMATION_SENT);
        Subscriber pending = directory.find(ADA_ID).orElseThrow();
        assertThat(pending.getStatus()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(pending.getConsentedAt()).isNull();
        assertThat(pending.getUnsubscribedAt()).isEqualTo(NotifierWebIT.NOW.plus(Duration.ofHours(1)));
        assertThat(pending.getLocale()).isEqualTo("fr");
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
        assertThat(GREEN_MAIL.getReceivedMessages()[1].getSubject()).isEqualTo("Confirmez votre abonnement à Recap");
    }

    @Test
    void shouldLeaveTheReaderPendingWhenTheConfirmationCannotBeSent() throws Exception {
        SubscriptionService service = service(smtp(closedPort()));

        assertThatThrownBy(() -> service.subscribe(NotifierWebIT.ADA, null, null, List.of()))
                .isInstanceOf(MailSendException.class);

        assertThat(directory.find(ADA_ID).orElseThrow().getStatus()).isEqualTo(SubscriberStatus.PENDING);
    }

    private SubscriptionService service(MailTransport transport) {
        return new SubscriptionService(
                directory,
                writer,
                tokens,
                new ConfirmationEmailComposer("Recap <digest@recap.local>", clock),
                transport,
                NotifierWebIT.URLS,
                new WebMetrics(),
                clock);
    }

    private static MailTransport smtp(int port) {
        return new SmtpMailTransport(new SmtpSettings(
                "127.0.0.1", port, Optional.empty(), Optional.empty(), SmtpSettings.Security.NONE, TIMEOUT));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
