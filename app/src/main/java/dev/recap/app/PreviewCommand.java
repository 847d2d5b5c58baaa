package dev.recap.app;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.NotifierSettings;
import dev.recap.notifier.delivery.SendCalendar;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.kafka.WeekActivityReader;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.render.RenderedDigest;
import dev.recap.notifier.render.WeekActivity;
import dev.recap.notifier.subscribers.SubscriberIds;
import dev.recap.schemas.TopicCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap preview --week W --locale fr}: renders the email a subscriber of that locale and those
 * themes would get for a week's latest digest, and writes its HTML and text parts to files, sending and
 * recording nothing.
 */
@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = "Write the email of one week's digest as a subscriber would get it (HTML and text files).")
final class PreviewCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, description = "The ISO week, such as 2023-W16.")
    String week;

    @Option(names = "--locale", defaultValue = "en", description = "en or fr (default: ${DEFAULT-VALUE}).")
    String locale;

    @Option(names = "--themes", split = ",", description = "Theme ids to follow, comma-separated (default: all).")
    List<String> themes = List.of();

    @Option(
            names = "--out",
            description =
                    "The HTML file to write (default: out/preview/<week>-<locale>.html); the text goes beside it.")
    Path file;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String wanted = checkedWeek();
        checkLocaleAndThemes();
        Map<String, Object> kafka = KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers);
        NotifierSettings settings = NotifierCommand.settings(System.getenv(), Path.of("out"));
        Map<String, Digest> byWeek = new TreeMap<>();
        CompactedTopicReader reader = new CompactedTopicReader(kafka, settings.kafkaTimeout());
        reader.readToEnd(TopicCatalogue.standard().digests()).values().forEach(d -> byWeek.put(d.getWeek(), d));
        Digest digest = byWeek.get(wanted);
        if (digest == null) {
            throw new UserFacingException("recap preview: no digest for " + wanted + "; weeks with one: "
                    + (byWeek.isEmpty() ? "none yet (run recap streams)" : String.join(", ", byWeek.keySet())));
        }
        PublicUrls urls = new PublicUrls(settings.publicUrl());
        WeekActivity activity = new WeekActivityReader(reader)
                .read(TopicCatalogue.standard().themeDays(), List.of(digest))
                .get(wanted);
        RenderedDigest rendered = new DigestRenderer(urls)
                .renderEmail(digest, activity, previewReader(), urls.path("unsubscribe?preview"));
        Path html = file != null ? file : Path.of("out", "preview", wanted + "-" + locale + ".html");
        Path text = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html?$", "") + ".txt");
        if (html.toAbsolutePath().getParent() != null) {
            Files.createDirectories(html.toAbsolutePath().getParent());
        }
        Files.writeString(html, rendered.html(), StandardCharsets.UTF_8);
        Files.writeString(text, rendered.text(), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Preview of %s (%s, %s): %s and %s%n",
                digest.getId(), locale, themes.isEmpty() ? "all themes" : String.join(",", themes), html, text);
        return 0;
    }

    private String checkedWeek() {
        try {
            return SendCalendar.checkWeek(week);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap preview: --week: " + e.getMessage());
        }
    }

    private void checkLocaleAndThemes() {
        if (!locale.equals("en") && !locale.equals("fr")) {
            throw new UserFacingException("recap preview: --locale must be en or fr, was '" + locale + "'");
        }
        for (String theme : themes) {
            if (!SubscriberIds.isTheme(theme)) {
                throw new UserFacingException("recap preview: unknown theme '" + theme + "'; themes are "
                        + String.join(", ", SubscriberIds.THEMES));
            }
        }
    }

    private Subscriber previewReader() {
        return Subscriber.newBuilder()
                .setId("preview")
                .setEmail("preview@example.org")
                .setName("Preview")
                .setLocale(locale)
                .setThemes(List.copyOf(themes))
                .setChannels(Arrays.asList(Channel.EMAIL))
                .setStatus(SubscriberStatus.ACTIVE)
                .setUpdatedAt(Instant.EPOCH)
                .build();
    }
}
