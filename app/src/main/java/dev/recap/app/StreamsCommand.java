package dev.recap.app;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recap streams}: runs the Kafka Streams app until the process is stopped. */
@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Run the Streams app (themes, theme x day, weekly digests) until stopped.")
final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Override
    public Integer call() throws InterruptedException {
        StreamsSettings settings = StreamsSettings.fromEnvironment(System.getenv());
        if (bootstrapServers != null) {
            settings = settings.withBootstrapServers(bootstrapServers);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        RecapStreamsService service = new RecapStreamsService(TopicCatalogue.standard(), settings);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            service.close();
                            stopped.countDown();
                        },
                        "recap-streams-shutdown"));
        service.start();
        LOG.info("Recap streams running as {} against {}", settings.applicationId(), settings.bootstrapServers());
        stopped.await();
        return 0;
    }
}
