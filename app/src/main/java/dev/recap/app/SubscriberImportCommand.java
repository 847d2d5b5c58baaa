package dev.recap.app;

import dev.recap.events.Subscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap subscribers import FILE}: publishes every subscriber of a CSV or YAML file, all or nothing;
 * an existing id is updated, never duplicated.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Publish the subscribers of a CSV file (samples/subscribers.csv) or a YAML file"
                    + " (samples/subscribers.yaml). Nothing is published if any row is wrong.",
            "CSV header: email,name,locale,themes,channels,slack,status in any order (optionally id);"
                    + " separate themes and channels with ';'. A CSV row updates the subscriber of the same"
                    + " email and keeps what its empty cells do not say."
        })
final class SubscriberImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A .csv, .yaml or .yml file.")
    Path file;

    @Mixin
    SubscriberKafkaOptions kafka;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + " does not exist or is not a file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Subscriber> subscribers;
        String detail = "";
        if (name.endsWith(".csv")) {
            List<SubscriberCsvImport.Entry> entries = SubscriberCsvImport.read(file);
            Map<String, Subscriber> current = kafka.current();
            subscribers = SubscriberCsvImport.merge(file, entries, current, clock.instant());
            long updated = subscribers.stream()
                    .filter(s -> current.containsKey(s.getId()))
                    .count();
            detail = " (" + (subscribers.size() - updated) + " new, " + updated + " updated)";
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            subscribers = SubscriberFile.read(file);
        } else {
            throw new UserFacingException(file + ": give a .csv, .yaml or .yml file");
        }
        SubscriberPublisher.publish(kafka.catalogue(), kafka.kafka(), subscribers);
        spec.commandLine().getOut().printf("Published %d subscriber(s) from %s%s%n", subscribers.size(), file, detail);
        return 0;
    }
}
