package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicCreator;
import dev.recap.testkit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap preview} reads the week's digest from the standard digests topic and writes the email to files. */
class PreviewCommandIT {

    @TempDir
    Path work;

    @BeforeAll
    static void publishAWeek() throws Exception {
        TopicCatalogue topics = TopicCatalogue.standard();
        try (Admin admin = Admin.create(TestKafka.clientConfig())) {
            TopicCreator.ensure(admin, topics.all(), Optional.empty());
        }
        try (Producer<String, Digest> producer = new KafkaProducer<>(
                ClientConfigs.reliableProducer(TestKafka.clientConfig(), "preview-it"),
                new StringSerializer(),
                topics.digests().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(
                            topics.digests().name(),
                            "2023-W16",
                            OneTalkDigest.of("2023-W16", LocalDate.of(2023, 4, 17))))
                    .get();
        }
    }

    @Test
    void shouldWriteTheFrenchEmailOfAWeekAsHtmlAndText() throws Exception {
        CommandLineCapture cli = new CommandLineCapture();
        Path html = work.resolve("w16-fr.html");

        int exit = cli.run(
                "preview",
                "--week",
                "2023-W16",
                "--locale",
                "fr",
                "--out",
                html.toString(),
                "--bootstrap-servers",
                TestKafka.bootstrapServers());

        assertThat(exit).as(cli.err.toString()).isZero();
        assertThat(Files.readString(html)).contains("lang=\"fr\"").contains(OneTalkDigest.TITLE);
        assertThat(Files.readString(work.resolve("w16-fr.txt"))).contains(OneTalkDigest.TITLE);
        assertThat(cli.out.toString()).startsWith("Preview of 2023-W16-0123456789ab (fr, all themes): ");
    }

    @Test
    void shouldNameTheWeeksThatHaveADigestWhenTheAskedOneHasNone() {
        CommandLineCapture cli = new CommandLineCapture();

        int exit = cli.run("preview", "--week", "2023-W17", "--bootstrap-servers", TestKafka.bootstrapServers());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("recap preview: no digest for 2023-W17; weeks with one: ")
                .contains("2023-W16");
    }

    @Test
    void shouldRefuseAnUnknownLocaleOrTheme() {
        CommandLineCapture cli = new CommandLineCapture();

        int locale = cli.run("preview", "--week", "2023-W16", "--locale", "de");
        int theme = cli.run("preview", "--week", "2023-W16", "--themes", "kubernetes");

        assertThat(locale).isEqualTo(1);
        assertThat(theme).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("recap preview: --locale must be en or fr, was 'de'")
                .contains("recap preview: unknown theme 'kubernetes'; themes are gitops-delivery, ");
    }
}
