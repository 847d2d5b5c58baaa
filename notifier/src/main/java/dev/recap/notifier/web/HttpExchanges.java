package dev.recap.notifier.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing responses the same way on every route: capped bodies, security headers. */
final class HttpExchanges {

    /** The largest request body read; larger ones get 413. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    static final String HTML_TYPE = "text/html; charset=utf-8";
    static final String JSON_TYPE = "application/json";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    private HttpExchanges() {}

    /** A request that cannot be served as sent; {@link #status} says how to answer. */
    static final class RequestException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        RequestException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** The body, at most {@link #MAX_BODY_BYTES}; a larger one throws a 413 {@link RequestException}. */
    static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
            throw new RequestException(413, "The request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new RequestException(413, "The request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    /** The query parameters of the request. */
    static Map<String, List<String>> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Map.of() : formFields(raw);
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body; 415 for any other content type. */
    static Map<String, List<String>> form(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/x-www-form-urlencoded")) {
            throw new RequestException(415, "Send the form as application/x-www-form-urlencoded");
        }
        return formFields(new String(body(exchange), StandardCharsets.UTF_8));
    }

    /** Decodes {@code a=1&b=2&a=3}; repeated names keep every value in order. */
    static Map<String, List<String>> formFields(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /** The first value of {@code name}, or {@code null}. */
    static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RequestException(400, "The request holds a malformed percent-encoding");
        }
    }

    static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, HTML_TYPE, html.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        // Pages carrying tokens must not be kept by shared caches; the others are cheap to rebuild.
        headers.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
