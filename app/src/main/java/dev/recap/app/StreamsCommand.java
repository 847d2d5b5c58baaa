package dev.recap.app;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap streams}: runs the Kafka Streams app, with its HTTP query server, until the process is
 * stopped. Flags override the {@code RECAP_*} / {@code KAFKA_*} environment.
 */
@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = {
            "Run the Streams app (themes, theme x day, weekly digests) until stopped.",
            "HTTP (read-only GET): /digests, /digests/{week}, /themes, /themes/{id}/days, /talks/{key},"
                    + " /health, /metrics."
        })
final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);
    // Kafka uses the application id in group ids and topic names: the same characters as a topic name.
    private static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(
            names = "--http-port",
            paramLabel = "PORT",
            description = "Port of the HTTP query server: 1-65535, 0 for any free port, -1 for no server"
                    + " (default: $RECAP_STREAMS_HTTP_PORT, else 7072).")
    String httpPort;

    @Option(
            names = "--advertised-host",
            paramLabel = "HOST",
            description = "Host name other instances and clients reach this one at"
                    + " (default: $RECAP_STREAMS_ADVERTISED_HOST, else localhost).")
    String advertisedHost;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Zone of days and ISO weeks, e.g. Europe/Amsterdam (default: $RECAP_ZONE, else UTC).")
    String zone;

    @Option(
            names = "--application-id",
            paramLabel = "ID",
            description = "Kafka Streams application id; instances with the same id share the work"
                    + " (default: $RECAP_STREAMS_APPLICATION_ID, else recap-streams).")
    String applicationId;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            description = "Folder for local state stores (default: $RECAP_STATE_DIR, else Kafka Streams' own).")
    String stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        StreamsSettings settings = settings(System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        RecapStreamsService service = start(settings);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            service.close();
                            stopped.countDown();
                        },
                        "recap-streams-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(describe(service.settings()));
        out.flush();
        LOG.info("Recap streams running as {} against {}", settings.applicationId(), settings.bootstrapServers());
        stopped.await();
        return 0;
    }

    /** The settings from {@code env} with this command's flags on top; a bad value is a user error. */
    StreamsSettings settings(Map<String, String> env) {
        StreamsSettings settings;
        try {
            settings = StreamsSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap streams: " + e.getMessage());
        }
        if (bootstrapServers != null) {
            settings = settings.withBootstrapServers(requireText("--bootstrap-servers", bootstrapServers));
        }
        if (applicationId != null) {
            if (!APPLICATION_ID.matcher(applicationId).matches()) {
                throw new UserFacingException("recap streams: --application-id '" + applicationId
                        + "' may hold only letters, digits, '.', '_' and '-'");
            }
            settings = settings.withApplicationId(applicationId);
        }
        if (zone != null) {
            settings = settings.withZone(zone(zone));
        }
        if (stateDir != null) {
            settings = settings.withStateDir(stateDir(stateDir));
        }
        if (httpPort != null) {
            settings = settings.withHttpPort(port(httpPort));
        }
        if (advertisedHost != null) {
            try {
                settings = settings.withAdvertisedHost(advertisedHost);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("recap streams: --advertised-host: " + e.getMessage());
            }
        }
        return settings;
    }

    /** The line that tells where the running app answers. */
    static String describe(StreamsSettings running) {
        String http = running.httpPort() == StreamsSettings.HTTP_DISABLED
                ? "no HTTP server"
                : "HTTP on http://" + running.applicationServer() + "/";
        return "Recap streams running as " + running.applicationId() + " against " + running.bootstrapServers()
                + " (zone " + running.zone() + "); " + http;
    }

    private static RecapStreamsService start(StreamsSettings settings) {
        RecapStreamsService service;
        try {
            service = new RecapStreamsService(TopicCatalogue.standard(), settings);
        } catch (UncheckedIOException e) {
            throw new UserFacingException(
                    "recap streams: cannot listen on HTTP port " + settings.httpPort()
                            + " (is it in use? try --http-port 0 for any free port, or -1 for none)",
                    e);
        }
        service.start();
        return service;
    }

    private static String requireText(String option, String value) {
        if (value.isBlank()) {
            throw new UserFacingException("recap streams: " + option + " must not be empty");
        }
        return value;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UserFacingException(
                    "recap streams: --zone '" + id + "' is not a time zone; use an id like Europe/Amsterdam or UTC");
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= StreamsSettings.HTTP_DISABLED && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UserFacingException(
                "recap streams: --http-port '" + value + "' must be 1-65535, 0 (any free port) or -1 (no HTTP server)");
    }

    private static String stateDir(String value) {
        try {
            Path dir = Path.of(value);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserFacingException("recap streams: --state-dir " + value + " is a file, not a folder");
            }
            return dir.toString();
        } catch (InvalidPathException e) {
            throw new UserFacingException("recap streams: --state-dir '" + value + "' is not a path", e);
        }
    }
}
