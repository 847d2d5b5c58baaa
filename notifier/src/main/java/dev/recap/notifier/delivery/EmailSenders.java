package dev.recap.notifier.delivery;

import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.render.WeekActivity;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** Makes one email {@link ChannelSender} per delivery worker, each with its own connection. */
public final class EmailSenders {

    private EmailSenders() {}

    /** Senders drawing each week's charts from {@code activity} (by ISO week). */
    public static Supplier<ChannelSender> of(
            DigestEmailComposer composer, Function<String, WeekActivity> activity, MailTransport transport) {
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(transport, "transport");
        return () -> new EmailSender(composer, activity, transport);
    }
}
