package dev.recap.streams.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.state.HostInfo;

/**
 * GETs the internal routes of another instance of the same Streams app, marked as forwarded so the peer
 * answers from its own stores and never forwards again. A peer that cannot be reached in time raises
 * {@link NotQueryableException}.
 */
final class PeerClient {

    /** The header that marks a request from another instance. */
    static final String FORWARDED_HEADER = "X-Recap-Forwarded";

    private final HttpClient client;
    private final Duration timeout;

    PeerClient(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The answer of {@code host} to {@code GET rawPath} ({@code rawPath} already percent-encoded). */
    HttpResponse<byte[]> get(HostInfo host, String rawPath) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + rawPath);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header(FORWARDED_HEADER, "true")
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new NotQueryableException("Instance " + host.host() + ":" + host.port() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotQueryableException("Interrupted while asking " + host.host() + ":" + host.port(), e);
        }
    }
}
