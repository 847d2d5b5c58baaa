package dev.recap.ingest;

import dev.recap.ingest.publish.CheckedSender;
import dev.recap.ingest.publish.PostPublisher;
import dev.recap.ingest.publish.PostRecords;
import dev.recap.schemas.TopicCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files and folders: walks them in a stable order, parses and extracts each file, and publishes
 * its post and talk mentions, or a dead letter when it cannot be read, and goes on. Each run opens one
 * idempotent {@code acks=all} producer, checks every send, and closes it; a failed send fails the run
 * with {@link dev.recap.ingest.publish.PublishFailedException}.
 */
public final class FileIngestor {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final TopicCatalogue catalogue;
    private final Supplier<? extends Producer<byte[], byte[]>> producers;
    private final SourceWalker walker;
    private final FileExtractor extractor;
    private final PostPublisher publisher;

    /** An ingestor producing with {@code producerConfig} (see {@link #producerDefaults(String)}). */
    public FileIngestor(TopicCatalogue catalogue, Properties producerConfig, Clock clock) {
        this(
                catalogue,
                () -> new KafkaProducer<>(safe(producerConfig), new ByteArraySerializer(), new ByteArraySerializer()),
                clock,
                SourceWalker.fromWorkingDirectory(),
                FileExtractor.standard());
    }

    /** An ingestor taking a new producer from {@code producers} for each run; it closes each one. */
    public FileIngestor(
            TopicCatalogue catalogue,
            Supplier<? extends Producer<byte[], byte[]>> producers,
            Clock clock,
            SourceWalker walker,
            FileExtractor extractor) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.producers = Objects.requireNonNull(producers, "producers");
        this.walker = Objects.requireNonNull(walker, "walker");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.publisher = new PostPublisher(catalogue, Objects.requireNonNull(clock, "clock"));
    }

    /** Producer settings for {@code bootstrapServers}: idempotent, {@code acks=all}, a client id. */
    public static Properties producerDefaults(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "recap-ingest");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return safe(props);
    }

    /**
     * Ingests every file under {@code roots} and returns what was published, once every send is
     * acknowledged. Unreadable or unparseable files become dead letters; the run goes on.
     */
    public IngestSummary ingest(List<Path> roots) throws InterruptedException {
        long started = System.nanoTime();
        List<SourceFile> files = walker.walk(roots);
        Tally tally = new Tally();
        Producer<byte[], byte[]> producer = producers.get();
        try {
            CheckedSender sender = new CheckedSender(producer);
            for (SourceFile file : files) {
                publish(extractor.extract(file), sender, tally);
            }
            sender.awaitAll();
        } finally {
            producer.close(CLOSE_TIMEOUT);
        }
        IngestSummary summary = tally.summary(Duration.ofNanos(System.nanoTime() - started));
        LOG.info(
                "Ingested {} files: {} posts, {} talk mentions, {} dead letters in {} ms",
                files.size(),
                summary.posts(),
                summary.talks(),
                summary.deadLetters(),
                summary.elapsed().toMillis());
        return summary;
    }

    private void publish(FileOutcome outcome, CheckedSender sender, Tally tally) {
        if (outcome instanceof FileOutcome.Extracted extracted) {
            PostRecords records =
                    publisher.toRecords(extracted.extraction(), extracted.file().source());
            sender.send(catalogue.posts(), records.post());
            records.mentions().forEach(mention -> sender.send(catalogue.talkMentions(), mention));
            tally.add(records);
        } else if (outcome instanceof FileOutcome.Rejected rejected) {
            LOG.warn(
                    "Dead-lettering {}: {} ({})",
                    rejected.file().source(),
                    rejected.reason().code(),
                    rejected.message());
            sender.send(
                    catalogue.deadLetters(),
                    publisher.toDeadLetter(
                            rejected.file().source(), rejected.original(), rejected.reason(), rejected.message()));
            tally.deadLetters++;
        }
    }

    // Safety settings win over whatever the caller passed: replays rely on idempotent, fully acked writes.
    private static Properties safe(Properties config) {
        Properties props = new Properties();
        props.putAll(config);
        props.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        props.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    private static final class Tally {
        private int posts;
        private int talks;
        private int deadLetters;
        private final SortedSet<String> postIds = new TreeSet<>();
        private final SortedSet<String> talkKeys = new TreeSet<>();

        void add(PostRecords records) {
            posts++;
            talks += records.mentions().size();
            postIds.add(records.post().key());
            records.mentions().forEach(m -> talkKeys.add(m.key()));
        }

        IngestSummary summary(Duration elapsed) {
            return new IngestSummary(posts, talks, deadLetters, postIds, talkKeys, elapsed);
        }
    }
}
