package dev.recap.streams.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of a Streams instance. It is bound first ({@link #bind(int)}, port 0 for any free
 * port) so that the port it really listens on can be advertised as {@code application.server}; it
 * serves {@link RecapHttpApi} once {@link #start} hands it the {@link KafkaStreams} client.
 */
public final class StreamsHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsHttpServer.class);
    private static final Duration PEER_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(5);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private StreamsMetrics metrics;

    private StreamsHttpServer(HttpServer server) {
        this.server = server;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "recap-streams-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** A server bound to {@code port} on every interface, not serving yet. */
    public static StreamsHttpServer bind(int port) {
        try {
            return new StreamsHttpServer(HttpServer.create(new InetSocketAddress(port), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on HTTP port " + port, e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves the API of {@code streams}, which other instances know as {@code self} and whose topology
     * declares {@code stores}.
     */
    public synchronized void start(KafkaStreams streams, HostInfo self, Set<String> stores) {
        if (metrics != null) {
            throw new IllegalStateException("Already started");
        }
        metrics = new StreamsMetrics(streams);
        RecapQueries queries =
                new RecapQueries(streams, self, stores, new PeerClient(PEER_CONNECT_TIMEOUT, PEER_TIMEOUT));
        server.createContext("/", new RecapHttpApi(queries, streams::state, metrics));
        server.start();
        LOG.info(
                "Interactive queries served on http://{}:{}/ (listening on port {})", self.host(), self.port(), port());
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
