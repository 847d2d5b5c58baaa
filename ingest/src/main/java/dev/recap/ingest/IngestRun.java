package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.parse.SkippedItem;
import dev.recap.ingest.publish.CheckedSender;
import dev.recap.ingest.publish.PostPublisher;
import dev.recap.ingest.publish.PostRecords;
import dev.recap.ingest.publish.ScheduledTalkPublisher;
import dev.recap.schemas.TopicCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of ingest on one producer: publishes what inputs held (posts and their talk mentions,
 * scheduled talks, dead letters for refused inputs and for the single items of a feed or events of a
 * schedule that could not be read), checks every send, and tallies the run. Posts whose
 * id was already known (on the topic at start, or sent earlier in the run) count as updates.
 */
final class IngestRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final TopicCatalogue catalogue;
    private final Producer<byte[], byte[]> producer;
    private final CheckedSender sender;
    private final PostPublisher posts;
    private final ScheduledTalkPublisher talks;
    private final boolean knownFromTopic;
    private final Map<String, Optional<Instant>> knownPostIds;
    private final long started = System.nanoTime();
    private int postCount;
    private int mentionCount;
    private int scheduledCount;
    private int updates;
    private int deadLetters;
    private final SortedSet<String> postIds = new TreeSet<>();
    private final SortedSet<String> talkKeys = new TreeSet<>();

    IngestRun(
            TopicCatalogue catalogue,
            Producer<byte[], byte[]> producer,
            Clock clock,
            Optional<Map<String, Optional<Instant>>> known) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.sender = new CheckedSender(producer);
        this.posts = new PostPublisher(catalogue, clock);
        this.talks = new ScheduledTalkPublisher(catalogue);
        this.knownFromTopic = known.isPresent();
        this.knownPostIds = new HashMap<>(known.orElse(Map.of()));
    }

    /** Publishes what {@code source} held; returns the feeds of a feed list, which the caller may fetch. */
    List<String> publish(String source, DocumentOutcome outcome) {
        if (outcome instanceof DocumentOutcome.Post post) {
            publishPost(source, post.extraction());
        } else if (outcome instanceof DocumentOutcome.Feed feed) {
            feed.posts().forEach(p -> publishPost(source, p));
            feed.skipped().forEach(item -> deadLetter(source, item));
        } else if (outcome instanceof DocumentOutcome.Schedule schedule) {
            schedule.talks().forEach(this::publishTalk);
            schedule.skipped().forEach(item -> deadLetter(source, item));
        } else if (outcome instanceof DocumentOutcome.FeedList list) {
            list.skipped().forEach(why -> LOG.warn("Skipped a feed of {}: {}", source, why));
            return list.feeds();
        } else {
            DocumentOutcome.Refused refused = (DocumentOutcome.Refused) outcome;
            deadLetter(source, refused.original(), refused.reason(), refused.message());
        }
        return List.of();
    }

    void publishPost(String source, PostExtraction extraction) {
        PostRecords records =
                posts.toRecords(extraction, source, id -> knownPostIds.getOrDefault(id, Optional.empty()));
        sender.send(catalogue.posts(), records.post());
        records.mentions().forEach(mention -> sender.send(catalogue.talkMentions(), mention));
        postCount++;
        mentionCount += records.mentions().size();
        Instant firstSeen = records.post().value().getFirstSeen();
        if (knownPostIds.put(records.post().key(), Optional.of(firstSeen)) != null) {
            updates++;
        }
        postIds.add(records.post().key());
        records.mentions().forEach(m -> talkKeys.add(m.key()));
    }

    private void publishTalk(ScheduleEntry talk) {
        sender.send(catalogue.scheduledTalks(), talks.toRecord(talk));
        scheduledCount++;
    }

    // one part of a document: the dead letter holds that part alone, keyed and headed by the document's source
    private void deadLetter(String source, SkippedItem item) {
        deadLetter(source, item.original(), item.reason(), item.message());
    }

    void deadLetter(String source, byte[] original, SkipReason reason, String message) {
        LOG.warn("Dead-lettering {}: {} ({})", source, reason.code(), message);
        sender.send(catalogue.deadLetters(), posts.toDeadLetter(source, original, reason, message));
        deadLetters++;
    }

    /** Waits for every send so far; throws {@link dev.recap.ingest.publish.PublishFailedException} if any failed. */
    void flush() throws InterruptedException {
        sender.awaitAll();
    }

    IngestCounts counts() {
        return new IngestCounts(postCount, mentionCount, scheduledCount, updates, deadLetters);
    }

    IngestSummary summary() {
        return new IngestSummary(
                postCount,
                mentionCount,
                scheduledCount,
                updates,
                knownFromTopic,
                deadLetters,
                postIds,
                talkKeys,
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
