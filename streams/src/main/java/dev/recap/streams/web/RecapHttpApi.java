package dev.recap.streams.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.recap.streams.classify.Themes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only HTTP API of a Streams instance: {@code /digests}, {@code /digests/{week}}, {@code
 * /themes}, {@code /themes/{id}/days}, {@code /talks/{key}}, {@code /health} and {@code /metrics}. JSON
 * everywhere but {@code /metrics}; errors are {@code {"status", "error"}}; 503 with {@code Retry-After}
 * while a store cannot be queried; only GET (else 405). The {@code /local/...} routes answer requests
 * forwarded by other instances, from this instance's stores alone.
 */
final class RecapHttpApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RecapHttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Set<String> QUERYABLE_STORES =
            Set.of(StoreNames.DIGESTS, StoreNames.THEME_DAYS, StoreNames.TALK_ITEMS, StoreNames.TALK_RESOLUTIONS);
    private static final String JSON_TYPE = "application/json";

    private final RecapQueries queries;
    private final Supplier<KafkaStreams.State> state;
    private final StreamsMetrics metrics;

    RecapHttpApi(RecapQueries queries, Supplier<KafkaStreams.State> state, StreamsMetrics metrics) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.state = Objects.requireNonNull(state, "state");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                sendError(exchange, 405, "Only GET is supported");
                return;
            }
            boolean forwarded = exchange.getRequestHeaders().containsKey(PeerClient.FORWARDED_HEADER);
            try {
                route(exchange, segments(exchange.getRequestURI().getRawPath()), forwarded);
            } catch (NotQueryableException e) {
                LOG.debug("Not queryable: {}", e.getMessage());
                exchange.getResponseHeaders().set("Retry-After", "1");
                sendError(exchange, 503, "Not queryable right now, retry shortly: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("GET {} failed", exchange.getRequestURI().getRawPath(), e);
                sendError(exchange, 500, "Internal error");
            }
        }
    }

    private void route(HttpExchange exchange, List<String> path, boolean forwarded) throws IOException {
        String first = path.isEmpty() ? "" : path.get(0);
        switch (first) {
            case "health" -> health(exchange, path);
            case "metrics" -> metrics(exchange, path);
            case "digests" -> digests(exchange, path);
            case "themes" -> themes(exchange, path);
            case "talks" -> talks(exchange, path);
            case "local" -> {
                if (forwarded) {
                    local(exchange, path.subList(1, path.size()));
                } else {
                    notFound(exchange);
                }
            }
            default -> notFound(exchange);
        }
    }

    private void health(HttpExchange exchange, List<String> path) throws IOException {
        if (path.size() != 1) {
            notFound(exchange);
            return;
        }
        KafkaStreams.State current = state.get();
        ObjectNode body = JSON.createObjectNode().put("state", current.name());
        send(exchange, current.isRunningOrRebalancing() ? 200 : 503, body);
    }

    private void metrics(HttpExchange exchange, List<String> path) throws IOException {
        if (path.size() != 1) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, StreamsMetrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private void digests(HttpExchange exchange, List<String> path) throws IOException {
        if (path.size() == 1) {
            send(exchange, 200, queries.digests());
        } else if (path.size() == 2 && !WEEK.matcher(path.get(1)).matches()) {
            sendError(exchange, 400, "A week looks like 2023-W16");
        } else if (path.size() == 2) {
            found(exchange, queries.digest(path.get(1)), "No digest for week " + path.get(1));
        } else {
            notFound(exchange);
        }
    }

    private void themes(HttpExchange exchange, List<String> path) throws IOException {
        if (path.size() == 1) {
            send(exchange, 200, queries.themes());
        } else if (path.size() == 3 && "days".equals(path.get(2))) {
            if (Themes.ALL.contains(path.get(1))) {
                send(exchange, 200, queries.themeDays(path.get(1)));
            } else {
                sendError(exchange, 404, "Unknown theme; themes are " + String.join(", ", Themes.ALL));
            }
        } else {
            notFound(exchange);
        }
    }

    private void talks(HttpExchange exchange, List<String> path) throws IOException {
        if (path.size() == 2 && !path.get(1).isBlank()) {
            found(exchange, queries.talk(path.get(1)), "No talk with that id or key");
        } else {
            notFound(exchange);
        }
    }

    private void local(HttpExchange exchange, List<String> path) throws IOException {
        if (path.equals(List.of("digests"))) {
            send(exchange, 200, queries.localDigests());
        } else if (path.equals(List.of("themes"))) {
            send(exchange, 200, queries.localThemes());
        } else if (path.size() == 3
                && path.get(0).equals("themes")
                && path.get(2).equals("days")) {
            send(exchange, 200, queries.localThemeDays(path.get(1)));
        } else if (path.size() == 3 && path.get(0).equals("stores") && QUERYABLE_STORES.contains(path.get(1))) {
            found(exchange, queries.localValue(path.get(1), path.get(2)), "No such key here");
        } else {
            notFound(exchange);
        }
    }

    private static void found(HttpExchange exchange, Optional<JsonNode> value, String absent) throws IOException {
        if (value.isPresent()) {
            send(exchange, 200, value.get());
        } else {
            sendError(exchange, 404, absent);
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        sendError(exchange, 404, "No such resource");
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON.createObjectNode().put("status", status).put("error", message));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, JSON_TYPE, JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The path's segments, each percent-decoded ({@code +} stays a plus sign). */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/", -1)) {
            if (!raw.isEmpty()) {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }
}
