package dev.recap.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.events.ThemeDay;
import dev.recap.notifier.delivery.RetryPolicy;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.OutgoingEmail;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.notifier.email.SmtpSettings;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.ledger.DeliveryKey;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.slack.SlackClientSettings;
import dev.recap.notifier.slack.SlackDigestMessages;
import dev.recap.notifier.slack.SlackSender;
import dev.recap.notifier.slack.SlackWebhookClient;
import dev.recap.notifier.slack.SlackWebhooks;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.MutableClock;
import dev.recap.testkit.TestKafka;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifier against a real broker and real SMTP servers: once per subscriber, retries, bounces, restarts. */
class NotifierDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    // the Monday after 2023-W16: the week just ended is 2023-W16
    private static final Instant MONDAY = Instant.parse("2023-04-24T08:00:00Z");
    private static final int SUBSCRIBERS = 12;

    private final MutableClock clock = new MutableClock(MONDAY);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private TopicCatalogue topics;

    @BeforeEach
    void publishTheDigestAndSubscribers() throws Exception {
        topics = TestKafka.freshTopics();
        publish(topics.digests().name(), TestDigests.DIGEST_ID.substring(0, 8), TestDigests.standard(), topics);
        for (Subscriber s : subscribers()) {
            publish(topics.subscribers().name(), s.getId(), s, topics);
        }
    }

    @Test
    void shouldSendEveryActiveSubscriberOneCopyOverParallelConnectionsAndNothingOnTheSecondRun() throws Exception {
        ThemeDay tuesday = new ThemeDay("gitops-delivery", LocalDate.of(2023, 4, 18), 2, 1, List.of(), List.of());
        publish(topics.themeDays().name(), "gitops-delivery@2023-04-18", tuesday, topics);

        NotifierReport first = service(smtp(GREEN_MAIL.getSmtp().getPort()), 3).send(SendRequest.week("2023-W16"));
        NotifierReport second = service(smtp(GREEN_MAIL.getSmtp().getPort()), 3).send(SendRequest.week("2023-W16"));

        assertThat(first.sent()).isEqualTo(SUBSCRIBERS);
        assertThat(first.failed()).isZero();
        assertThat(second.sent()).isZero();
        assertThat(second.skipped()).isEqualTo(SUBSCRIBERS);
        assertThat(recipients(GREEN_MAIL.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(addresses());
        assertThat(ledger().values()).hasSize(SUBSCRIBERS).allMatch(d -> d.getState() == DeliveryState.SENT);
        MimeMessage one = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(one.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(one.getMessageID()).startsWith("<" + TestDigests.DIGEST_ID + ".s");
        MimeMessage english = Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .filter(m -> recipientOf(m).equals("s01@example.org"))
                .findFirst()
                .orElseThrow();
        String html =
                (String) ((MimeMultipart) english.getContent()).getBodyPart(1).getContent();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        english.writeTo(raw);
        assertThat(raw.size()).isBetween(10 * 1024, 102 * 1024);
        assertThat(html).contains("aria-label=\"Activity Mon 0, Tue 3, Wed 0, Thu 0, Fri 0, Sat 0, Sun 0\"");
    }

    @Test
    void shouldNotResendADeliveryThatARunStoppedInTheMiddleOfMayHaveSent() throws Exception {
        MailTransport crashesAfterTheFourthMessage =
                crashingAfter(smtp(GREEN_MAIL.getSmtp().getPort()), "s03");

        assertThatThrownBy(() -> service(crashesAfterTheFourthMessage, 1).send(SendRequest.week("2023-W16")))
                .hasRootCauseMessage("simulated crash after the server accepted the message to s03");
        NotifierReport restarted =
                service(smtp(GREEN_MAIL.getSmtp().getPort()), 2).send(SendRequest.week("2023-W16"));

        assertThat(recipients(GREEN_MAIL.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(addresses());
        assertThat(restarted.sent()).isEqualTo(SUBSCRIBERS - 4);
        assertThat(restarted.problems())
                .containsExactly("uncertain: 2023-W16 EMAIL s03: an interrupted run may have sent it; check, then "
                        + "resend with --force --to ADDRESS");
        assertThat(ledger().get(DeliveryKey.of("2023-W16", "s03", Channel.EMAIL))
                        .getState())
                .isEqualTo(DeliveryState.SENDING);
    }

    @Test
    void shouldRetryADeferredMessageAndMarkARefusedMailboxBounced() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .defer("s01@example.org", 2)
                .refuse("s02@example.org", "550 5.1.1 <s02@example.org>: Recipient address rejected")) {

            NotifierReport report = service(smtp(server.port()), 1).send(SendRequest.week("2023-W16"));

            assertThat(report.sent()).isEqualTo(SUBSCRIBERS - 1);
            assertThat(report.failed()).isEqualTo(1);
            assertThat(server.accepted()).doesNotContain("s02@example.org").contains("s01@example.org");
            assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
            Map<String, Delivery> ledger = ledger();
            assertThat(ledger.get(DeliveryKey.of("2023-W16", "s01", Channel.EMAIL))
                            .getAttempts())
                    .isEqualTo(3);
            Delivery refused = ledger.get(DeliveryKey.of("2023-W16", "s02", Channel.EMAIL));
            assertThat(refused.getState()).isEqualTo(DeliveryState.FAILED);
            assertThat(refused.getAttempts()).isEqualTo(1);
            assertThat(refused.getError()).contains("550 5.1.1");
            Map<String, Subscriber> subscribers = read(topics).readToEnd(topics.subscribers());
            assertThat(subscribers.get("s02").getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
        }
    }

    @Test
    void shouldRefuseAPastWeekWithoutForceAndPlanWithoutSendingOnADryRun() {
        clock.advance(Duration.ofDays(14));

        assertThatThrownBy(
                        () -> service(smtp(GREEN_MAIL.getSmtp().getPort()), 1).send(SendRequest.week("2023-W16")))
                .hasMessage("2023-W16 is a past week (the week just ended is 2023-W18); add --force to send it anyway");
        NotifierReport dryRun = service(smtp(GREEN_MAIL.getSmtp().getPort()), 1)
                .send(SendRequest.week("2023-W16").forced(true).dryRun(true));

        assertThat(dryRun.planned()).hasSize(SUBSCRIBERS).first().isEqualTo("2023-W16 EMAIL s00 <s00@example.org>");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(ledger()).isEmpty();
    }

    @Test
    void shouldPostToEachSlackChannelOnceThroughA429AndA500AndRecordA400WithItsReason() throws Exception {
        Digest big = longSlackWeek();
        SlackDigestMessages messages = new SlackDigestMessages(25);
        int parts = messages.messages(
                        big,
                        "en",
                        Set.of(),
                        new PublicUrls(URI.create("http://localhost:8080")).webEdition(TestDigests.WEEK))
                .size();
        WireMockServer slack =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        try {
            slack.stubFor(post("/hooks/ok")
                    .inScenario("ok")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse()
                            .withStatus(429)
                            .withHeader("Retry-After", "3")
                            .withBody("rate_limited"))
                    .willSetStateTo("retried"));
            slack.stubFor(post("/hooks/ok")
                    .inScenario("ok")
                    .whenScenarioStateIs("retried")
                    .willReturn(aResponse().withStatus(200).withBody("ok")));
            slack.stubFor(post("/hooks/flaky")
                    .inScenario("flaky")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(500).withBody("oops"))
                    .willSetStateTo("retried"));
            slack.stubFor(post("/hooks/flaky")
                    .inScenario("flaky")
                    .whenScenarioStateIs("retried")
                    .willReturn(aResponse().withStatus(200).withBody("ok")));
            slack.stubFor(
                    post("/hooks/gone").willReturn(aResponse().withStatus(400).withBody("invalid_payload")));
            for (String channel : List.of("team-ok", "team-flaky", "team-gone")) {
                Subscriber s = TestDigests.subscriber(channel, "en");
                s.setEmail(null);
                s.setChannels(List.of(Channel.SLACK));
                s.setSlackChannel(channel);
                publish(topics.subscribers().name(), channel, s, topics);
            }
            SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(Map.of(
                    "RECAP_SLACK_WEBHOOK_TEAM_OK", slack.baseUrl() + "/hooks/ok",
                    "RECAP_SLACK_WEBHOOK_TEAM_FLAKY", slack.baseUrl() + "/hooks/flaky",
                    "RECAP_SLACK_WEBHOOK_TEAM_GONE", slack.baseUrl() + "/hooks/gone",
                    "RECAP_SLACK_ALLOW_INSECURE", "true"));
            List<Duration> slackWaits = new CopyOnWriteArrayList<>();
            SlackWebhookClient client = new SlackWebhookClient(SlackClientSettings.defaults(), clock, wait -> {
                slackWaits.add(wait);
                clock.advance(wait);
            });

            NotifierService notifier = service(smtp(GREEN_MAIL.getSmtp().getPort()), 2)
                    .withSlack(SlackSender.posting(messages, webhooks, client));
            NotifierReport first = notifier.send(SendRequest.week("2023-W16"));
            NotifierReport second = service(smtp(GREEN_MAIL.getSmtp().getPort()), 2)
                    .withSlack(SlackSender.posting(messages, webhooks, client))
                    .send(SendRequest.week("2023-W16"));

            assertThat(first.sent()).isEqualTo(SUBSCRIBERS + 2);
            assertThat(first.sentToSlack()).isEqualTo(2);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(first.problems())
                    .singleElement()
                    .asString()
                    .startsWith("failed: 2023-W16 SLACK team-gone: Slack invalid_payload after 0 part(s)");
            assertThat(slackWaits).contains(Duration.ofSeconds(3));
            assertThat(parts).isGreaterThan(1);
            assertThat(slack.findAll(postRequestedFor(urlEqualTo("/hooks/ok")))).hasSize(parts + 1);
            assertThat(slack.findAll(postRequestedFor(urlEqualTo("/hooks/flaky"))))
                    .hasSize(parts + 1);
            assertThat(slackWaits).contains(Duration.ofSeconds(1));
            // a failed delivery is not SENT: the next run tries it again (once, here: 400 is not retried)
            assertThat(slack.findAll(postRequestedFor(urlEqualTo("/hooks/gone"))))
                    .hasSize(2);
            assertThat(second.sentToSlack()).isZero();
            assertThat(second.failed()).isEqualTo(1);
            Map<String, Delivery> ledger = ledger();
            assertThat(ledger.get(DeliveryKey.of("2023-W16", "team-ok", Channel.SLACK))
                            .getState())
                    .isEqualTo(DeliveryState.SENT);
            assertThat(ledger.get(DeliveryKey.of("2023-W16", "team-gone", Channel.SLACK))
                            .getError())
                    .contains("invalid_payload");
        } finally {
            slack.stop();
        }
    }

    @Test
    void shouldResumeASplitSlackDigestAfterThePartsAnEarlierRunPosted() throws Exception {
        Digest big = longSlackWeek();
        SlackDigestMessages messages = new SlackDigestMessages(25);
        int parts = messages.messages(big, "en", Set.of(), null).size();
        WireMockServer slack =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        try {
            // part 1 goes through, part 2 finds the channel archived; after that the channel is back
            slack.stubFor(post("/hooks/half")
                    .inScenario("half")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(200).withBody("ok"))
                    .willSetStateTo("one posted"));
            slack.stubFor(post("/hooks/half")
                    .inScenario("half")
                    .whenScenarioStateIs("one posted")
                    .willReturn(aResponse().withStatus(410).withBody("channel_is_archived"))
                    .willSetStateTo("back"));
            slack.stubFor(post("/hooks/half")
                    .inScenario("half")
                    .whenScenarioStateIs("back")
                    .willReturn(aResponse().withStatus(200).withBody("ok")));
            Subscriber team = TestDigests.subscriber("team-half", "en");
            team.setEmail(null);
            team.setChannels(List.of(Channel.SLACK));
            team.setSlackChannel("team-half");
            publish(topics.subscribers().name(), "team-half", team, topics);
            SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(Map.of(
                    "RECAP_SLACK_WEBHOOK_TEAM_HALF",
                    slack.baseUrl() + "/hooks/half",
                    "RECAP_SLACK_ALLOW_INSECURE",
                    "true"));
            SlackWebhookClient client = new SlackWebhookClient(SlackClientSettings.defaults(), clock, clock::advance);

            NotifierReport first = service(smtp(GREEN_MAIL.getSmtp().getPort()), 2)
                    .withSlack(SlackSender.posting(messages, webhooks, client))
                    .send(SendRequest.week("2023-W16"));
            NotifierReport second = service(smtp(GREEN_MAIL.getSmtp().getPort()), 2)
                    .withSlack(SlackSender.posting(messages, webhooks, client))
                    .send(SendRequest.week("2023-W16"));

            assertThat(parts).isGreaterThan(1);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(second.sentToSlack()).isEqualTo(1);
            // 1 posted + 1 refused, then the rest: part 1 is never posted twice
            assertThat(slack.findAll(postRequestedFor(urlEqualTo("/hooks/half"))))
                    .hasSize(1 + 1 + (parts - 1));
            assertThat(ledger().get(DeliveryKey.of("2023-W16", "team-half", Channel.SLACK))
                            .getState())
                    .isEqualTo(DeliveryState.SENT);
        } finally {
            slack.stop();
        }
    }

    // A week whose Slack digest needs several messages: long titles over 13 themes.
    private Digest longSlackWeek() throws Exception {
        Digest big = TestDigests.big(13, 25, 400);
        big.getSections()
                .forEach(section -> section.getItems()
                        .forEach(item -> item.setTitle(item.getTitle() + " — " + "a long title, ".repeat(40))));
        publish(topics.digests().name(), TestDigests.WEEK, big, topics);
        return big;
    }

    private NotifierService service(MailTransport transport, int connections) {
        NotifierSettings settings = NotifierSettings.fromEnvironment(Map.of())
                .withSmtpConnections(connections)
                .withRetry(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        return new NotifierService(topics, TestKafka.clientConfig(), transport, settings, clock)
                .withSleeper(waits::add);
    }

    private static MailTransport smtp(int port) {
        return new SmtpMailTransport(SmtpSettings.plain("127.0.0.1", port));
    }

    // Sends through SMTP, then dies the way a killed process would, right after the server took the message.
    private static MailTransport crashingAfter(MailTransport smtp, String subscriberId) {
        return () -> {
            MailTransport.Batch batch = smtp.openBatch();
            return new MailTransport.Batch() {
                @Override
                public void send(OutgoingEmail email) throws MailSendException {
                    batch.send(email);
                    if (email.subscriberId().equals(subscriberId)) {
                        throw new Error("simulated crash after the server accepted the message to " + subscriberId);
                    }
                }

                @Override
                public void close() {
                    batch.close();
                }
            };
        };
    }

    private static List<Subscriber> subscribers() {
        return IntStream.range(0, SUBSCRIBERS)
                .mapToObj(i -> TestDigests.subscriber(String.format("s%02d", i), i % 3 == 0 ? "fr" : "en"))
                .toList();
    }

    private static List<String> addresses() {
        return subscribers().stream().map(Subscriber::getEmail).toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getRecipients(Message.RecipientType.TO)[0])
                    .getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : messages) {
            Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
                    .forEach(to::add);
        }
        return to;
    }

    private Map<String, Delivery> ledger() {
        return read(topics).readToEnd(topics.deliveries());
    }

    private static CompactedTopicReader read(TopicCatalogue topics) {
        return new CompactedTopicReader(TestKafka.clientConfig(), Duration.ofSeconds(30));
    }

    private static <V> void publish(String topic, String key, V value, TopicCatalogue topics) throws Exception {
        @SuppressWarnings("unchecked")
        org.apache.kafka.common.serialization.Serializer<V> values =
                (org.apache.kafka.common.serialization.Serializer<V>)
                        AvroSerde.of((Class<? extends org.apache.avro.specific.SpecificRecord>) value.getClass())
                                .serializer();
        try (Producer<String, V> producer = new KafkaProducer<>(
                ClientConfigs.reliableProducer(TestKafka.clientConfig(), "notifier-it"),
                new org.apache.kafka.common.serialization.StringSerializer(),
                values)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
