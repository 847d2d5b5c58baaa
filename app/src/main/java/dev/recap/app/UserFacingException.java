package dev.recap.app;

/** A failure whose message alone tells the user what is wrong and how to fix it. */
final class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserFacingException(String message) {
        super(message);
    }

    UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
