package dev.recap.app;

import dev.recap.embedded.EmbeddedKafka;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap broker}: runs the embedded single-node Kafka broker, with Recap's topics, until stopped,
 * so the services ({@code recap ingest}, {@code streams}, {@code notifier}) can be tried without Docker.
 * Its data lives in a temporary folder and is gone when it stops.
 */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = "Run a throw-away single-node Kafka broker with Recap's topics until stopped (Ctrl-C).")
final class BrokerCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            defaultValue = "9092",
            description = "Port clients connect to (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start(port, Map.of());
        } catch (IllegalStateException e) {
            throw new UserFacingException("Cannot start a broker on port " + port + " (is it in use? try --port)", e);
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            stopped.countDown();
                        },
                        "recap-broker-shutdown"));
        kafka.createTopics(TopicCatalogue.standard());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Kafka ready at %s in %.1f s, with Recap's topics. Stop with Ctrl-C (the data goes with it).%n",
                kafka.bootstrapServers(), kafka.startupTime().toMillis() / 1000.0);
        out.printf("In another shell: export KAFKA_BOOTSTRAP_SERVERS=%s%n", kafka.bootstrapServers());
        out.flush();
        stopped.await();
        return 0;
    }
}
