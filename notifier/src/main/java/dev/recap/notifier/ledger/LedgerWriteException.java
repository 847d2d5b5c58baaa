package dev.recap.notifier.ledger;

/**
 * A delivery could not be recorded. The run must stop: going on without a ledger entry could send the
 * same digest twice after a restart.
 */
public final class LedgerWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
