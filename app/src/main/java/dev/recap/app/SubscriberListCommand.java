package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recap subscribers list [--status S] [--json]}: the current subscribers, as a table or JSON lines. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the current subscribers, sorted by id.")
final class SubscriberListCommand implements Callable<Integer> {

    @Option(
            names = "--status",
            paramLabel = "active|pending|unsubscribed|bounced",
            description = "Only the subscribers with this status.")
    SubscriberStatus status;

    @Option(names = "--json", description = "One JSON object a line instead of a table.")
    boolean json;

    @Mixin
    SubscriberKafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Subscriber> subscribers = kafka.current().values().stream()
                .filter(s -> status == null || s.getStatus() == status)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            SubscriberTable.printJsonLines(out, subscribers);
        } else {
            SubscriberTable.printTable(out, subscribers);
        }
        return 0;
    }
}
