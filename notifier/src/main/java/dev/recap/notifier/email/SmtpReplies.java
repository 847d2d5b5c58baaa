package dev.recap.notifier.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads the SMTP reply code out of a Jakarta Mail failure. Angus nests the per-recipient refusals behind
 * {@code getNextException()}, so the whole chain (next exceptions and causes) is searched.
 */
final class SmtpReplies {

    private SmtpReplies() {}

    /** The first SMTP reply code in the chain of {@code failure}, or 0 when there is none. */
    static int code(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = failure;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            int code = ownCode(current);
            if (code > 0) {
                return code;
            }
            current = next(current);
        }
        return 0;
    }

    /** The server's reply behind {@code failure} (such as "550 5.1.1 ... rejected"), else its own message. */
    static String reply(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (ownCode(t) > 0 && t.getMessage() != null) {
                return t.getMessage().strip();
            }
        }
        return String.valueOf(failure.getMessage());
    }

    /** A failure worth another attempt: a 4xx reply, or no reply at all (connection refused, reset, timeout). */
    static boolean transientFailure(Throwable failure) {
        int code = code(failure);
        if (code > 0) {
            return code >= 400 && code < 500;
        }
        // bad credentials or a malformed message fail the same way every time
        if (failure instanceof AuthenticationFailedException || hasCause(failure, IllegalArgumentException.class)) {
            return false;
        }
        return failure instanceof MessagingException || hasCause(failure, IOException.class);
    }

    private static int ownCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        return 0;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
