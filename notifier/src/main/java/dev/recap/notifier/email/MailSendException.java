package dev.recap.notifier.email;

/**
 * One message could not be delivered. {@link #permanent()} says whether trying again can help: a 5xx
 * reply (unknown mailbox, message refused) is permanent; a 4xx reply, a lost connection or a timeout is
 * not. {@link #smtpCode()} is the server's reply code, or 0 when there was none.
 */
public final class MailSendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final int smtpCode;

    public MailSendException(String message, Throwable cause) {
        this(message, cause, true, 0);
    }

    public MailSendException(String message, Throwable cause, boolean permanent, int smtpCode) {
        super(message, cause);
        this.permanent = permanent;
        this.smtpCode = smtpCode;
    }

    /** Whether another attempt would fail the same way. */
    public boolean permanent() {
        return permanent;
    }

    /** The SMTP reply code, 0 when the failure had none (connection lost, timeout, file error). */
    public int smtpCode() {
        return smtpCode;
    }

    /** Whether the server refused the recipient itself (5.1.x: unknown or disabled mailbox): a hard bounce. */
    public boolean hardBounce() {
        return smtpCode == 550 || smtpCode == 551 || smtpCode == 553;
    }
}
