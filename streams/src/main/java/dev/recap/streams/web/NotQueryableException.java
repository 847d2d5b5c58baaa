package dev.recap.streams.web;

/**
 * A store cannot answer right now (Streams is starting or rebalancing, or the instance that owns a key
 * cannot be reached); the client should ask again shortly. The HTTP API answers 503 with {@code
 * Retry-After}.
 */
public final class NotQueryableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotQueryableException(String message) {
        super(message);
    }

    public NotQueryableException(String message, Throwable cause) {
        super(message, cause);
    }
}
