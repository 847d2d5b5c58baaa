package dev.recap.notifier.delivery;

import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.MailTransport;
import java.util.Objects;
import java.util.function.Supplier;

/** Makes one email {@link ChannelSender} per delivery worker, each with its own connection. */
public final class EmailSenders {

    private EmailSenders() {}

    public static Supplier<ChannelSender> of(DigestEmailComposer composer, MailTransport transport) {
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(transport, "transport");
        return () -> new EmailSender(composer, transport);
    }
}
