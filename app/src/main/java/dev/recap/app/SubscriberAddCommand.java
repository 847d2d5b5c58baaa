package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code recap subscribers add}: publishes a new subscriber, or an update of the one with the same id;
 * options not given keep their current value. Prints the id and the resulting record on one line.
 */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add a subscriber, or update the one with the same id (the id comes from the email address).",
            "Options not given keep their current value. A new subscriber is active, follows all themes and gets"
                    + " email (and Slack when --slack is given)."
        })
final class SubscriberAddCommand implements Callable<Integer> {

    @Option(names = "--email", paramLabel = "ADDR", description = "Email address.")
    String email;

    @Option(names = "--name", paramLabel = "NAME", description = "Name shown in the greeting and the To: header.")
    String name;

    @Option(names = "--locale", paramLabel = "en|fr", description = "Language of the digest (default: en).")
    String locale;

    @Option(
            names = "--themes",
            paramLabel = "THEME[,THEME...]",
            description = "Theme ids to follow (THEMES.md), or 'all' (default); an unknown id lists the valid ones.")
    String themes;

    @Option(names = "--channels", paramLabel = "email|slack[,...]", description = "Where to deliver.")
    String channels;

    @Option(
            names = "--slack",
            paramLabel = "CHANNEL_NAME",
            description = "Name of a Slack channel (lower-case letters, digits, '-'); its webhook URL stays in"
                    + " $RECAP_SLACK_WEBHOOK_<NAME>, never in Kafka.")
    String slack;

    @Option(
            names = "--status",
            paramLabel = "active|pending",
            description = "active (the operator vouches for consent; default for a new subscriber) or pending.")
    String status;

    @Option(names = "--id", paramLabel = "ID", description = "Subscriber id (default: derived from --email).")
    String id;

    @Mixin
    SubscriberKafkaOptions kafka;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        SubscriberRequest request = request();
        Subscriber existing = kafka.current().get(request.id());
        Subscriber result;
        try {
            result = SubscriberChange.apply(existing, request, clock.instant());
        } catch (SubscriberFieldException e) {
            throw usage(e);
        }
        SubscriberPublisher.publish(kafka.catalogue(), kafka.kafka(), List.of(result));
        spec.commandLine()
                .getOut()
                .println(
                        result.getId() + (existing == null ? " added: " : " updated: ") + SubscriberTable.json(result));
        if (result.getStatus() == SubscriberStatus.UNSUBSCRIBED) {
            spec.commandLine()
                    .getErr()
                    .println("recap: " + result.getId() + " is still unsubscribed; give --status active to"
                            + " subscribe them again");
        }
        return 0;
    }

    private SubscriberRequest request() {
        try {
            String address = SubscriberInput.email(email);
            String given = SubscriberInput.id(id);
            if (address == null && given == null) {
                throw new ParameterException(
                        spec.commandLine(), "give --email ADDR (or --id ID for a Slack-only subscriber)");
            }
            return new SubscriberRequest(
                    given != null ? given : SubscriberIds.forEmail(address),
                    address,
                    SubscriberInput.name(name),
                    SubscriberInput.locale(locale),
                    SubscriberInput.themes(themes, ','),
                    SubscriberInput.channels(channels, ','),
                    SubscriberInput.slackChannel(slack),
                    SubscriberInput.status(status, EnumSet.of(SubscriberStatus.ACTIVE, SubscriberStatus.PENDING)));
        } catch (SubscriberFieldException e) {
            throw usage(e);
        }
    }

    private ParameterException usage(SubscriberFieldException e) {
        return new ParameterException(spec.commandLine(), "--" + e.field() + " " + e.problem());
    }
}
