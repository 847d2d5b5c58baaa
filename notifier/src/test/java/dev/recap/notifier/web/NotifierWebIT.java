package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.TestDigests;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.notifier.email.SmtpSettings;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.subscribers.SubscriberDirectory;
import dev.recap.notifier.subscribers.SubscriberIds;
import dev.recap.notifier.subscribers.SubscriberWriter;
import dev.recap.notifier.web.SubscriberTokens.Purpose;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.MutableClock;
import dev.recap.testkit.TestKafka;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The notifier web over real sockets, on a real broker and a real SMTP server: double opt-in through the
 * emailed link, one-click unsubscribe, refused links that change nothing, the digest archive, health and
 * metrics, and the headers and limits of every page.
 */
class NotifierWebIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final Instant NOW = Instant.parse("2023-04-21T07:00:00Z");
    static final PublicUrls URLS = new PublicUrls(URI.create("https://recap.example.org"));
    static final String ADA = "Ada@Example.org";
    static final String ADA_ID = SubscriberIds.forEmail(ADA);
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https://recap\\.example\\.org/confirm\\?token=([A-Za-z0-9_.-]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(NOW);
    private final SubscriberTokens tokens = new SubscriberTokens(SubscriberTokensTest.SECRET, clock);
    private final WebMetrics metrics = new WebMetrics();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private TopicCatalogue topics;
    private SubscriberWriter writer;
    private SubscriberDirectory directory;
    private NotifierHttpServer server;

    @BeforeEach
    void start() {
        topics = TestKafka.freshTopics();
        writer = SubscriberWriter.open(topics, TestKafka.clientConfig(), TIMEOUT);
        directory = new SubscriberDirectory(topics, TestKafka.clientConfig(), TIMEOUT);
        SubscriptionService service = new SubscriptionService(
                directory,
                writer,
                tokens,
                new ConfirmationEmailComposer("Recap <digest@recap.local>", clock),
                new SmtpMailTransport(
                        SmtpSettings.plain("127.0.0.1", GREEN_MAIL.getSmtp().getPort())),
                URLS,
                metrics,
                clock);
        DigestArchive archive = new DigestArchive(topics, TestKafka.clientConfig(), TIMEOUT, Duration.ZERO, clock);
        server = new NotifierHttpServer(service, archive, new DigestRenderer(URLS), metrics);
        server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        writer.close();
    }

    @Test
    void shouldActivateThroughTheEmailedLinkAndUnsubscribeWithOneClick() throws Exception {
        HttpResponse<String> signUp =
                post("/subscribe", "email=Ada%40Example.org&name=Ada&locale=fr&themes=wasm,ai-ml");

        assertThat(signUp.statusCode()).isEqualTo(202);
        assertThat(signUp.body()).contains("Check your inbox");
        assertThat(status()).isEqualTo(SubscriberStatus.PENDING);
        String confirmToken = confirmTokenFromTheEmail();

        HttpResponse<String> confirmPage = get("/confirm?token=" + confirmToken);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("<form method=\"post\" action=\"confirm?token=" + confirmToken + "\">");
        assertThat(status()).isEqualTo(SubscriberStatus.PENDING);

        clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> confirmed = post("/confirm?token=" + confirmToken, "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Subscription confirmed");
        Subscriber active = directory.find(ADA_ID).orElseThrow();
        assertThat(active.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(active.getConsentedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(active.getEmail()).isEqualTo(ADA);
        assertThat(active.getLocale()).isEqualTo("fr");
        assertThat(active.getThemes()).containsExactly("wasm", "ai-ml");

        String unsubscribeToken = tokens.issue(Purpose.UNSUBSCRIBE, ADA_ID);
        HttpResponse<String> unsubscribePage = get("/unsubscribe?token=" + unsubscribeToken);
        assertThat(unsubscribePage.statusCode()).isEqualTo(200);
        assertThat(unsubscribePage.body()).contains("action=\"unsubscribe?token=" + unsubscribeToken + "\"");
        assertThat(status()).isEqualTo(SubscriberStatus.ACTIVE);

        clock.advance(Duration.ofDays(30));
        HttpResponse<String> unsubscribed =
                post("/unsubscribe?token=" + unsubscribeToken, "List-Unsubscribe=One-Click");
        HttpResponse<String> again = post("/unsubscribe?token=" + unsubscribeToken, "List-Unsubscribe=One-Click");

        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("You are unsubscribed");
        assertThat(again.statusCode()).isEqualTo(200);
        Subscriber gone = directory.find(ADA_ID).orElseThrow();
        assertThat(gone.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(gone.getUnsubscribedAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)).plus(Duration.ofDays(30)));
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldRefuseForgedExpiredAndWrongPurposeTokensWithoutChangingAnything() throws Exception {
        writer.write(active());
        SubscriberTokens otherSecret = new SubscriberTokens(
                "not-the-secret-not-the-secret-not-the-secret".getBytes(StandardCharsets.UTF_8), clock);
        SubscriberTokens lastYear = new SubscriberTokens(
                SubscriberTokensTest.SECRET, Clock.fixed(NOW.minus(Duration.ofDays(366)), ZoneOffset.UTC));
        String forged = otherSecret.issue(Purpose.UNSUBSCRIBE, ADA_ID);
        String expired = lastYear.issue(Purpose.UNSUBSCRIBE, ADA_ID);
        String confirmToken = tokens.issue(Purpose.CONFIRM, ADA_ID);

        for (String token : new String[] {forged, expired, confirmToken, "garbage", ""}) {
            HttpResponse<String> response = post("/unsubscribe?token=" + token, "List-Unsubscribe=One-Click");
            assertThat(response.statusCode()).as(token).isEqualTo(400);
            assertThat(response.body()).as(token).contains("This link is not valid or has expired.");
        }
        HttpResponse<String> page = get("/unsubscribe?token=" + expired);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("<form");
        assertThat(directory.find(ADA_ID)).contains(active());
        assertThat(get("/metrics").body())
                .contains("recap_web_bad_tokens_total{reason=\"bad_signature\"} 1.0")
                .contains("recap_web_bad_tokens_total{reason=\"expired\"} 2.0")
                .contains("recap_web_bad_tokens_total{reason=\"wrong_purpose\"} 1.0")
                .contains("recap_web_bad_tokens_total{reason=\"malformed\"} 2.0")
                .contains("recap_web_unsubscribes_total 0.0");
    }

    @Test
    void shouldShowAndSaveTheLanguageAndThemesOfTheReaderTheFooterLinkNames() throws Exception {
        writer.write(active());
        String token = tokens.issue(Purpose.UNSUBSCRIBE, ADA_ID);

        HttpResponse<String> page = get("/preferences?token=" + token);
        HttpResponse<String> wrong = post("/preferences?token=" + token, "locale=de&themes=observability");
        HttpResponse<String> saved = post("/preferences?token=" + token, "locale=fr&themes=observability&themes=wasm");
        HttpResponse<String> forged = get("/preferences?token=" + tokens.issue(Purpose.CONFIRM, ADA_ID));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"preferences?token=" + token + "\">");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Preferences saved");
        assertThat(forged.statusCode()).isEqualTo(400);
        Subscriber now = directory.find(ADA_ID).orElseThrow();
        assertThat(now.getLocale()).isEqualTo("fr");
        assertThat(now.getThemes()).containsExactly("observability", "wasm");
        assertThat(now.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void shouldAnswerAnActiveSubscriberLikeAnyoneElseAndSendThemNothing() throws Exception {
        writer.write(active());

        HttpResponse<String> response = post("/subscribe", "email=ada%40example.org");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("Check your inbox");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(directory.find(ADA_ID)).contains(active());
    }

    @Test
    void shouldNameWhatIsWrongWithASignUp() throws Exception {
        HttpResponse<String> response = post("/subscribe", "email=nobody&locale=de&themes=%3Cb%3Ek8s");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("<li>The email address is not valid</li>")
                .contains("<li>The language must be en or fr</li>")
                .contains("Unknown theme &#39;&lt;b&gt;k8s&#39;")
                .doesNotContain("<b>k8s");
        assertThat(directory.current()).isEmpty();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldListPublishedDigestsAndServeTheirWebEdition() throws Exception {
        Digest older = TestDigests.standard();
        older.setWeek("2023-W15");
        publish(older);
        publish(TestDigests.standard());

        HttpResponse<String> index = get("/digests");
        HttpResponse<String> week = get("/digests/2023-W16");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<a href=\"digests/2023-W16\">Week 2023-W16</a>");
        assertThat(index.body().indexOf("2023-W16")).isLessThan(index.body().indexOf("2023-W15"));
        assertThat(week.statusCode()).isEqualTo(200);
        assertThat(week.body()).contains(TestDigests.ARGO_TITLE);
        assertThat(get("/digests/2023-W17").statusCode()).isEqualTo(404);
        assertThat(get("/digests/%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldSendSecurityHeadersRefuseWrongMethodsAndCapBodies() throws Exception {
        HttpResponse<String> form = get("/subscribe");
        HttpResponse<String> deleted = send(request("/digests").DELETE().build());
        HttpResponse<String> postedToArchive = post("/digests", "");
        HttpResponse<String> huge = post("/subscribe", "email=" + "a".repeat(HttpExchanges.MAX_BODY_BYTES));
        HttpResponse<String> json = send(request("/subscribe")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(form.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(form.body()).contains("<form method=\"post\" action=\"subscribe\">");
        assertThat(deleted.statusCode()).isEqualTo(405);
        assertThat(deleted.headers().firstValue("Allow")).contains("GET");
        assertThat(postedToArchive.statusCode()).isEqualTo(405);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void shouldReportHealthAndCountSignUpsConfirmationsAndUnsubscribes() throws Exception {
        post("/subscribe", "email=Ada%40Example.org");
        HttpResponse<String> confirmed = post("/confirm?token=" + confirmTokenFromTheEmail(), "");
        HttpResponse<String> unsubscribed = post("/unsubscribe?token=" + tokens.issue(Purpose.UNSUBSCRIBE, ADA_ID), "");

        HttpResponse<String> health = get("/health");
        HttpResponse<String> scrape = get("/metrics");

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("recap_web_subscriptions_total 1.0")
                .contains("recap_web_confirmations_total 1.0")
                .contains("recap_web_unsubscribes_total 1.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldServeTheArchiveFromMemoryUntilItIsOlderThanItsMaxAge() throws Exception {
        DigestArchive archive =
                new DigestArchive(topics, TestKafka.clientConfig(), TIMEOUT, Duration.ofSeconds(30), clock);
        publish(TestDigests.standard());
        assertThat(archive.get()).containsOnlyKeys("2023-W16");
        Digest next = TestDigests.standard();
        next.setWeek("2023-W17");
        publish(next);

        clock.advance(Duration.ofSeconds(29));
        Set<String> cached = archive.get().keySet();
        clock.advance(Duration.ofSeconds(1));
        Set<String> refreshed = archive.get().keySet();

        assertThat(cached).containsExactly("2023-W16");
        assertThat(refreshed).containsExactly("2023-W16", "2023-W17");
    }

    private String confirmTokenFromTheEmail() throws Exception {
        assertThat(GREEN_MAIL.waitForIncomingEmail(TIMEOUT.toMillis(), 1)).isTrue();
        MimeMessage mail = GREEN_MAIL.getReceivedMessages()[0];
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher link = CONFIRM_LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in the email").isTrue();
        return link.group(1);
    }

    private SubscriberStatus status() {
        return directory.find(ADA_ID).orElseThrow().getStatus();
    }

    private static Subscriber active() {
        Subscriber subscriber = TestDigests.subscriber(ADA_ID, "en");
        subscriber.setEmail("ada@example.org");
        return subscriber;
    }

    private void publish(Digest digest) throws Exception {
        try (Producer<String, Digest> producer = new KafkaProducer<>(
                ClientConfigs.reliableProducer(TestKafka.clientConfig(), "test-digests"),
                topics.digests().keySerde().serializer(),
                topics.digests().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.digests().name(), digest.getWeek(), digest))
                    .get();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
