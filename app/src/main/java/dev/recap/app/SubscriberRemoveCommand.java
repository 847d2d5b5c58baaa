package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap subscribers remove ID|EMAIL [--purge]}: marks a subscriber unsubscribed, keeping the record so
 * that a replay cannot bring them back; {@code --purge} writes a tombstone instead (right to erasure).
 */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = {
            "Unsubscribe a subscriber. The record stays, marked unsubscribed, so that replays cannot resurrect it.",
            "With --purge, erase it instead (a tombstone; Kafka deletes the data when it compacts the topic)."
        })
final class SubscriberRemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID|EMAIL", description = "Subscriber id or email address.")
    String who;

    @Option(names = "--purge", description = "Erase the subscriber's data (right to erasure) instead of unsubscribing.")
    boolean purge;

    @Mixin
    SubscriberKafkaOptions kafka;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        Subscriber subscriber = SubscriberKafkaOptions.find(kafka.current(), who)
                .orElseThrow(() -> new UserFacingException("No subscriber " + SubscriberInput.shown(who) + " on topic "
                        + kafka.catalogue().subscribers().name()
                        + "; give an id or email address shown by 'recap subscribers list'"));
        PrintWriter out = spec.commandLine().getOut();
        if (purge) {
            SubscriberPublisher.erase(kafka.catalogue(), kafka.kafka(), subscriber.getId());
            out.println(subscriber.getId() + " purged: a tombstone was written; Kafka deletes the record when it"
                    + " compacts " + kafka.catalogue().subscribers().name());
            return 0;
        }
        if (subscriber.getStatus() == SubscriberStatus.UNSUBSCRIBED) {
            out.println(subscriber.getId() + " was already unsubscribed: " + SubscriberTable.json(subscriber));
            return 0;
        }
        Subscriber unsubscribed = SubscriberChange.unsubscribe(subscriber, clock.instant());
        SubscriberPublisher.publish(kafka.catalogue(), kafka.kafka(), List.of(unsubscribed));
        out.println(unsubscribed.getId() + " unsubscribed: " + SubscriberTable.json(unsubscribed));
        return 0;
    }
}
