package dev.recap.ingest;

import dev.recap.ingest.publish.PostKeys;
import dev.recap.ingest.source.FeedPoller;
import dev.recap.ingest.source.FetchSettings;
import dev.recap.ingest.source.FetchedArticles;
import dev.recap.ingest.source.SafeFetcher;
import dev.recap.schemas.TopicCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files, folders, glob patterns and http(s) URLs: walks the paths in a stable order, fetches
 * URLs with the {@link SafeFetcher}, reads each input (a post, a feed, an OPML list whose feeds it
 * fetches once, a schedule) and publishes what it holds, or a dead letter when it cannot be read, and
 * goes on. Each run opens one idempotent {@code acks=all} producer, checks every send, and closes it; a
 * failed send fails the run with {@link dev.recap.ingest.publish.PublishFailedException}.
 */
public final class FileIngestor {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);
    private static final Duration KEYS_TIMEOUT = Duration.ofSeconds(30);

    private final TopicCatalogue catalogue;
    private final Supplier<? extends Producer<byte[], byte[]>> producers;
    private final Clock clock;
    private final SourceWalker walker;
    private final SafeFetcher fetcher;
    private final FileExtractor extractor;
    private final UrlInputs urls;
    private final Supplier<Optional<Map<String, Optional<Instant>>>> knownPostIds;

    /** An ingestor producing with {@code producerConfig} (see {@link #producerDefaults(String)}), public URLs only. */
    public FileIngestor(TopicCatalogue catalogue, Properties producerConfig, Clock clock) {
        this(catalogue, producerConfig, clock, FetchSettings.defaults());
    }

    /** An ingestor producing with {@code producerConfig}, fetching with {@code fetch}, reading known post ids first. */
    public FileIngestor(TopicCatalogue catalogue, Properties producerConfig, Clock clock, FetchSettings fetch) {
        this(
                catalogue,
                () -> new KafkaProducer<>(
                        ProducerSettings.safe(producerConfig), new ByteArraySerializer(), new ByteArraySerializer()),
                clock,
                SourceWalker.fromWorkingDirectory(),
                FileExtractor.standard(),
                new SafeFetcher(fetch),
                () -> PostKeys.read(
                        ProducerSettings.readerConfig(producerConfig),
                        catalogue.posts().name(),
                        KEYS_TIMEOUT));
    }

    /** An ingestor taking a new producer from {@code producers} for each run; it closes each one. */
    public FileIngestor(
            TopicCatalogue catalogue,
            Supplier<? extends Producer<byte[], byte[]>> producers,
            Clock clock,
            SourceWalker walker,
            FileExtractor extractor) {
        this(
                catalogue,
                producers,
                clock,
                walker,
                extractor,
                new SafeFetcher(FetchSettings.defaults()),
                Optional::empty);
    }

    /** An ingestor with every part given; {@code knownPostIds} reads the posts already published (id, first seen), if it can. */
    public FileIngestor(
            TopicCatalogue catalogue,
            Supplier<? extends Producer<byte[], byte[]>> producers,
            Clock clock,
            SourceWalker walker,
            FileExtractor extractor,
            SafeFetcher fetcher,
            Supplier<Optional<Map<String, Optional<Instant>>>> knownPostIds) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.producers = Objects.requireNonNull(producers, "producers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.walker = Objects.requireNonNull(walker, "walker");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = extractor.withArticles(new FetchedArticles(fetcher));
        this.urls = new UrlInputs(fetcher, this.extractor);
        this.knownPostIds = Objects.requireNonNull(knownPostIds, "knownPostIds");
    }

    /** Producer settings for {@code bootstrapServers}: idempotent, {@code acks=all}, a client id. */
    public static Properties producerDefaults(String bootstrapServers) {
        return ProducerSettings.defaults(bootstrapServers);
    }

    /** True when {@code input} is a URL ({@code scheme://...}) rather than a path. */
    public static boolean isUrl(String input) {
        return input.strip().matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /** Ingests every file under {@code roots} and returns what was published, once every send is acknowledged. */
    public IngestSummary ingest(List<Path> roots) throws InterruptedException {
        return ingestInputs(roots.stream().map(Path::toString).toList(), IngestProgress.none());
    }

    /**
     * Ingests {@code inputs} (paths, folders, globs, URLs) and returns what was published, once every send
     * is acknowledged. Unreadable inputs become dead letters; the run goes on.
     */
    public IngestSummary ingestInputs(List<String> inputs, IngestProgress progress) throws InterruptedException {
        List<String> urlInputs = inputs.stream().filter(FileIngestor::isUrl).toList();
        List<Path> paths = inputs.stream().filter(i -> !isUrl(i)).map(Path::of).toList();
        List<SourceFile> files = walker.walk(paths);
        progress.started(files.size() + urlInputs.size());
        IngestSummary summary;
        try (IngestRun run = new IngestRun(catalogue, producers.get(), clock, knownPostIds.get())) {
            for (SourceFile file : files) {
                urls.publishFeeds(run, run.publish(file.source(), extractor.read(file)));
                progress.advanced(file.source(), run.counts());
            }
            for (String url : urlInputs) {
                urls.publish(run, url);
                progress.advanced(url, run.counts());
            }
            run.flush();
            summary = run.summary();
        } finally {
            progress.finished();
        }
        LOG.info(
                "Ingested {} input(s): {} posts ({} updates), {} talk mentions, {} scheduled talks, {} dead letters in {} ms",
                files.size() + urlInputs.size(),
                summary.posts(),
                summary.updates(),
                summary.talks(),
                summary.scheduledTalks(),
                summary.deadLetters(),
                summary.elapsed().toMillis());
        return summary;
    }

    /** A follower polling {@code feeds} every {@code interval} (backing off up to {@code maxBackoff}). */
    public FeedFollower follower(List<String> feeds, Duration interval, Duration maxBackoff) {
        FeedPoller poller = new FeedPoller(fetcher, clock, interval, maxBackoff);
        feeds.forEach(poller::add);
        return new FeedFollower(
                () -> new IngestRun(catalogue, producers.get(), clock, knownPostIds.get()), extractor, poller, clock);
    }
}
