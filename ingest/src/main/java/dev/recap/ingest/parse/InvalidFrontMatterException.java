package dev.recap.ingest.parse;

/** Front matter that cannot be read; parsers turn it into a skip, it never leaves this package. */
final class InvalidFrontMatterException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidFrontMatterException(String message, Throwable cause) {
        super(message, cause);
    }
}
