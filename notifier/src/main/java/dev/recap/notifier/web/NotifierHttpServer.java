package dev.recap.notifier.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.recap.events.Digest;
import dev.recap.notifier.render.DigestRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifier's web server (JDK {@link HttpServer}): the digest archive and web editions, sign-up with
 * double opt-in, one-click unsubscribe, {@code /health} and {@code /metrics}. See {@link WebRouter} for the
 * routes. Start it once with {@link #start(String, int)} (port 0: any free port), then {@link #close()}.
 */
public final class NotifierHttpServer implements AutoCloseable {

    /** The address {@link #start(int)} binds: every interface. */
    public static final String ALL_INTERFACES = "0.0.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(NotifierHttpServer.class);
    private static final int THREADS = 4;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // Without TCP_NODELAY small pages wait ~40 ms on delayed ACKs; read once, when the first server starts.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final WebRouter router;
    private HttpServer server;
    private ExecutorService executor;

    public NotifierHttpServer(
            SubscriptionService subscriptions,
            Supplier<Map<String, Digest>> digests,
            DigestRenderer renderer,
            WebMetrics metrics) {
        this.router =
                new WebRouter(new SubscriptionRoutes(subscriptions), new ArchiveRoutes(digests, renderer), metrics);
    }

    /** Serves on {@code port} of every interface. */
    public void start(int port) {
        start(ALL_INTERFACES, port);
    }

    /**
     * Serves on {@code port} of {@code bindAddress} (such as {@code 127.0.0.1}).
     *
     * @throws UncheckedIOException when the address cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized void start(String bindAddress, int port) {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (server != null) {
            throw new IllegalStateException("Already started");
        }
        HttpServer bound;
        try {
            bound = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + bindAddress + ":" + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "recap-notifier-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        bound.setExecutor(executor);
        bound.createContext("/", this::handle);
        bound.start();
        server = bound;
        LOG.info("Notifier web listening on {}:{}", bindAddress, port());
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Not started");
        }
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            router.handle(exchange);
        }
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
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
        server = null;
    }
}
