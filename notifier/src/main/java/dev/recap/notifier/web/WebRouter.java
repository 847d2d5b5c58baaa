package dev.recap.notifier.web;

import com.sun.net.httpserver.HttpExchange;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.subscribers.SubscriberWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the notifier web's requests: {@code GET /}, {@code GET /digests}, {@code GET /digests/{week}},
 * {@code GET|POST /subscribe}, {@code GET|POST /confirm?token=}, {@code GET|POST /unsubscribe?token=},
 * {@code GET /health}, {@code GET /metrics}. Other methods get 405 with {@code Allow}; other paths 404;
 * Kafka or SMTP trouble 503. Logs carry the path only: queries hold tokens.
 */
final class WebRouter {

    private static final Logger LOG = LoggerFactory.getLogger(WebRouter.class);
    private static final String GET = "GET";
    private static final String GET_POST = "GET, POST";
    private static final String DIGEST_PREFIX = "/digests/";

    private final SubscriptionRoutes subscriptions;
    private final ArchiveRoutes archive;
    private final WebMetrics metrics;

    WebRouter(SubscriptionRoutes subscriptions, ArchiveRoutes archive, WebMetrics metrics) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** A route's work, told whether the request is a POST. */
    @FunctionalInterface
    private interface Route {
        void serve(HttpExchange exchange, boolean post) throws IOException, MailSendException;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try {
            route(exchange, path);
        } catch (HttpExchanges.RequestException e) {
            HttpExchanges.sendHtml(exchange, e.status(), WebPages.message("Request refused", e.getMessage()));
        } catch (MailSendException | SubscriberWriteException | KafkaException e) {
            LOG.warn("{} {} could not be served", exchange.getRequestMethod(), path, e);
            exchange.getResponseHeaders().set("Retry-After", "60");
            HttpExchanges.sendHtml(
                    exchange, 503, WebPages.message("Temporarily unavailable", "Please try again in a minute or two."));
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), path, e);
            HttpExchanges.sendHtml(exchange, 500, WebPages.message("Something went wrong", "Please try again later."));
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException, MailSendException {
        switch (path) {
            case "/" -> only(exchange, GET, (ex, post) -> HttpExchanges.sendHtml(ex, 200, WebPages.home()));
            case "/health" -> only(exchange, GET, (ex, post) -> health(ex));
            case "/metrics" -> only(exchange, GET, (ex, post) -> metrics(ex));
            case "/digests" -> only(exchange, GET, (ex, post) -> archive.index(ex));
            case "/subscribe" -> only(exchange, GET_POST, subscriptions::subscribe);
            case "/confirm" -> only(exchange, GET_POST, subscriptions::confirm);
            case "/unsubscribe" -> only(exchange, GET_POST, subscriptions::unsubscribe);
            case "/preferences" -> only(exchange, GET_POST, subscriptions::preferences);
            default -> {
                String week = path.startsWith(DIGEST_PREFIX) ? path.substring(DIGEST_PREFIX.length()) : null;
                if (week != null && !week.isEmpty() && week.indexOf('/') < 0) {
                    only(exchange, GET, (ex, post) -> archive.week(ex, week));
                } else {
                    HttpExchanges.sendHtml(
                            exchange, 404, WebPages.message("Not found", "There is no page at this address."));
                }
            }
        }
    }

    private static void only(HttpExchange exchange, String allowed, Route route) throws IOException, MailSendException {
        String method = exchange.getRequestMethod();
        boolean post = "POST".equals(method);
        if (!GET.equals(method) && !(post && allowed.contains("POST"))) {
            exchange.getResponseHeaders().set("Allow", allowed);
            HttpExchanges.sendHtml(
                    exchange, 405, WebPages.message("Method not allowed", "This address accepts " + allowed + "."));
            return;
        }
        route.serve(exchange, post);
    }

    private static void health(HttpExchange exchange) throws IOException {
        HttpExchanges.send(
                exchange, 200, HttpExchanges.JSON_TYPE, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
    }

    private void metrics(HttpExchange exchange) throws IOException {
        HttpExchanges.send(
                exchange, 200, WebMetrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }
}
