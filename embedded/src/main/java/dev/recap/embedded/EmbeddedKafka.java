package dev.recap.embedded;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) inside the JVM, on two
 * free loopback ports, with its storage formatted in code in a temporary folder deleted on close. Used by
 * {@code recap demo} and by tests when no other broker is available.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int ATTEMPTS = 3;

    private final KraftNode node;
    private final Path dataDir;
    private final Duration startupTime;

    private EmbeddedKafka(KraftNode node, Path dataDir, Duration startupTime) {
        this.node = node;
        this.dataDir = dataDir;
        this.startupTime = startupTime;
    }

    /** Starts a broker with the default settings; blocks until it accepts clients. */
    public static EmbeddedKafka start() {
        return start(Map.of());
    }

    /** Starts a broker, {@code overrides} added to (or replacing) its default broker settings. */
    public static EmbeddedKafka start(Map<String, String> overrides) {
        return start(0, overrides);
    }

    /**
     * Starts a broker whose clients connect to {@code localhost:brokerPort} (0: any free port), {@code
     * overrides} added to its default settings.
     */
    public static EmbeddedKafka start(int brokerPort, Map<String, String> overrides) {
        if (brokerPort < 0 || brokerPort > 65_535) {
            throw new IllegalArgumentException("Not a TCP port: " + brokerPort);
        }
        long began = System.nanoTime();
        Path dataDir = createDataDir();
        RuntimeException last = null;
        // Free ports are found by binding then releasing them; another process may take one in between.
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path logDir = dataDir.resolve("attempt-" + attempt);
            try {
                int port = brokerPort == 0 ? freePort() : brokerPort;
                KraftNode node = KraftNode.start(logDir, port, freePort(), overrides);
                Duration took = Duration.ofNanos(System.nanoTime() - began);
                LOG.info("Embedded Kafka ready at {} in {} ms", node.bootstrapServers(), took.toMillis());
                return new EmbeddedKafka(node, dataDir, took);
            } catch (RuntimeException e) {
                LOG.warn("Embedded Kafka did not start (attempt {} of {})", attempt, ATTEMPTS, e);
                last = e;
            }
        }
        FileTrees.deleteQuietly(dataDir);
        throw new IllegalStateException("Embedded Kafka could not start after " + ATTEMPTS + " attempts", last);
    }

    /** The {@code host:port} clients connect to. */
    public String bootstrapServers() {
        return node.bootstrapServers();
    }

    /** How long {@link #start()} took, from the call to a broker that accepts clients. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Creates the catalogue's topics (one replica each); returns the names it created. */
    public Set<String> createTopics(TopicCatalogue catalogue) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return TopicCreator.ensure(admin, catalogue.all(), Optional.of((short) 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    /** Stops the broker and deletes its data. */
    @Override
    public void close() {
        try {
            node.close();
        } finally {
            FileTrees.deleteQuietly(dataDir);
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("recap-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the embedded broker's data", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on loopback", e);
        }
    }
}
