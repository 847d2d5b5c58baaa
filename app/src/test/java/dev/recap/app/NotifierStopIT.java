package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.delivery.SendCalendar;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicCreator;
import dev.recap.testkit.TestKafka;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap notifier send} in its own JVM, stopped with SIGTERM in the middle of a send and started
 * again: every subscriber ends up with exactly one copy. The child uses the standard topic names, as the
 * command line does; no other test on this broker uses them.
 */
class NotifierStopIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final int SUBSCRIBERS = 1000;

    @TempDir
    Path work;

    @Test
    void shouldLeaveEverySubscriberExactlyOneCopyWhenStoppedMidSendAndRestarted() throws Exception {
        TopicCatalogue topics = TopicCatalogue.standard();
        try (Admin admin = Admin.create(TestKafka.clientConfig())) {
            TopicCreator.ensure(admin, topics.all(), Optional.empty());
        }
        String week = SendCalendar.DEFAULT.weekJustEnded(Instant.now());
        publish(topics, week);

        Process first = notifier(week);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> GREEN_MAIL.getReceivedMessages().length >= 40);
        first.destroy();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int beforeRestart = GREEN_MAIL.getReceivedMessages().length;
        Process second = notifier(week);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(beforeRestart).isLessThan(SUBSCRIBERS);
        assertThat(second.exitValue()).as(output(second)).isZero();
        assertThat(recipients()).hasSize(SUBSCRIBERS).doesNotHaveDuplicates();
    }

    private Process notifier(String week) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Recap.class.getName(),
                        "notifier",
                        "send",
                        "--week",
                        week,
                        "--out",
                        work.resolve("out").toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        work.resolve("child-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        builder.environment().put("RECAP_SMTP_HOST", "127.0.0.1");
        builder.environment()
                .put("RECAP_SMTP_PORT", String.valueOf(GREEN_MAIL.getSmtp().getPort()));
        builder.environment().put("RECAP_SMTP_CONNECTIONS", "1");
        return builder.start();
    }

    private String output(Process process) {
        return "child output in " + work + File.separator + "child-*.log";
    }

    private static List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            to.add(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        }
        return to;
    }

    private static void publish(TopicCatalogue topics, String week) throws Exception {
        try (Producer<String, Digest> digests = new KafkaProducer<>(
                        ClientConfigs.reliableProducer(TestKafka.clientConfig(), "stop-it-digests"),
                        new StringSerializer(),
                        topics.digests().valueSerde().serializer());
                Producer<String, Subscriber> subscribers = new KafkaProducer<>(
                        ClientConfigs.reliableProducer(TestKafka.clientConfig(), "stop-it-subscribers"),
                        new StringSerializer(),
                        topics.subscribers().valueSerde().serializer())) {
            // the week just ended in Paris, as SendCalendar.DEFAULT computed it
            LocalDate monday =
                    LocalDate.now(SendCalendar.DEFAULT.zone()).minusWeeks(1).with(DayOfWeek.MONDAY);
            digests.send(new ProducerRecord<>(topics.digests().name(), week, OneTalkDigest.of(week, monday)))
                    .get();
            for (Subscriber s : IntStream.range(0, SUBSCRIBERS)
                    .mapToObj(NotifierStopIT::subscriber)
                    .toList()) {
                subscribers.send(new ProducerRecord<>(topics.subscribers().name(), s.getId(), s));
            }
            subscribers.flush();
        }
    }

    private static Subscriber subscriber(int i) {
        return Subscriber.newBuilder()
                .setId(String.format("r%04d", i))
                .setEmail(String.format("reader%04d@example.org", i))
                .setName("Reader " + i)
                .setLocale(i % 2 == 0 ? "en" : "fr")
                .setChannels(List.of(Channel.EMAIL))
                .setStatus(SubscriberStatus.ACTIVE)
                .setUpdatedAt(Instant.parse("2023-04-01T09:00:00Z"))
                .build();
    }
}
