package dev.recap.ingest.publish;

import dev.recap.events.DateSource;
import dev.recap.events.Post;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.ingest.extract.Conference;
import dev.recap.ingest.extract.ExtractedTalk;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.ParsedPost;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.schemas.DeadLetters;
import dev.recap.schemas.Identity;
import dev.recap.schemas.TopicCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns what ingest made of an input into Kafka records: a {@link Post} keyed by post id (hash of the
 * canonical URL, else of the source, so a re-ingested post is an update) and one {@link TalkMention}
 * per talk keyed by talk key; or, for a refused input, a dead letter holding its original bytes.
 */
public final class PostPublisher {

    public static final String STAGE = "ingest";
    /** Body text beyond this is cut, so a post record stays well under Kafka's default 1 MB message size. */
    public static final int MAX_BODY_CHARS = 100_000;
    /** Original bytes beyond this are not attached to a dead letter; the headers still say what happened. */
    public static final int MAX_DEAD_LETTER_BYTES = 512 * 1024;

    private final TopicCatalogue catalogue;
    private final Clock clock;

    public PostPublisher(TopicCatalogue catalogue, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The records of {@code extraction}, read from {@code source}, first seen now. */
    public PostRecords toRecords(PostExtraction extraction, String source) {
        return toRecords(extraction, source, id -> Optional.empty());
    }

    /**
     * The records of {@code extraction}, read from {@code source}; a post {@code firstSeen} already knows
     * keeps that time, any other is first seen now.
     */
    public PostRecords toRecords(
            PostExtraction extraction, String source, Function<String, Optional<Instant>> firstSeen) {
        Objects.requireNonNull(source, "source");
        String id = Identity.postId(extraction.post().canonicalUrl(), source);
        Post post = post(extraction, source, firstSeen.apply(id).orElseGet(clock::instant));
        List<ProducerRecord<String, TalkMention>> mentions = extraction.talks().stream()
                .map(talk -> mention(extraction, post, talk))
                .map(m -> new ProducerRecord<>(catalogue.talkMentions().name(), m.getTalkKey(), m))
                .toList();
        return new PostRecords(new ProducerRecord<>(catalogue.posts().name(), post.getId(), post), mentions);
    }

    /** A dead letter for the input {@code source}, refused for {@code reason}; {@code original} may be null. */
    public ProducerRecord<byte[], byte[]> toDeadLetter(
            String source, byte[] original, SkipReason reason, String message) {
        byte[] value = original;
        String why = message;
        if (original != null && original.length > MAX_DEAD_LETTER_BYTES) {
            value = null;
            why = message + " (original of " + original.length + " bytes not attached)";
        }
        return DeadLetters.record(
                catalogue.deadLetters().name(),
                source.getBytes(StandardCharsets.UTF_8),
                value,
                source,
                STAGE,
                reason.code(),
                why,
                clock.instant());
    }

    private static Post post(PostExtraction extraction, String source, Instant firstSeen) {
        ParsedPost parsed = extraction.post();
        Optional<LocalDate> conferenceDay = conferenceDay(extraction);
        String body = parsed.bodyText();
        return Post.newBuilder()
                .setId(Identity.postId(parsed.canonicalUrl(), source))
                .setSource(source)
                .setUrl(parsed.canonicalUrl())
                .setTitle(parsed.title())
                .setAuthor(parsed.author())
                .setLanguage(parsed.language())
                .setPublished(instant(parsed.published()))
                .setPublishedDate(parsed.publishedDate() != null ? parsed.publishedDate() : conferenceDay.orElse(null))
                .setDateSource(dateSource(parsed, conferenceDay))
                .setUpdated(instant(parsed.updated()))
                .setFirstSeen(firstSeen)
                .setFormat(parsed.format())
                .setTags(parsed.tags())
                .setSummary(parsed.summary())
                .setBodyText(body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS))
                .setProjects(extraction.projects())
                .setTalkCount(extraction.talks().size())
                .build();
    }

    private static TalkMention mention(PostExtraction extraction, Post post, ExtractedTalk talk) {
        return TalkMention.newBuilder()
                .setTalkKey(Identity.talkKey(talk.title()))
                .setPostId(post.getId())
                .setPosition(talk.position())
                .setTitle(talk.title())
                .setSpeakers(talk.speakers().stream()
                        .map(s -> new Speaker(s.name(), s.company()))
                        .toList())
                .setDay(talk.day())
                .setSummary(talk.summary())
                .setProjects(talk.projects())
                .setConference(extraction.conference().map(Conference::name).orElse(null))
                .setLanguage(post.getLanguage())
                .setPostUrl(post.getUrl())
                .setPostDate(post.getPublishedDate())
                .setPostFirstSeen(post.getFirstSeen())
                .setPostTitle(post.getTitle())
                .setPostAuthor(post.getAuthor())
                .build();
    }

    // A post that states no date but covers a known conference is placed on the last conference day it
    // names, else on the conference's last day: its week is the conference's, whenever it is ingested.
    // The post's own date stays unstated; the date source says where this one came from.
    private static Optional<LocalDate> conferenceDay(PostExtraction extraction) {
        if (extraction.post().publishedDate() != null || extraction.conference().isEmpty()) {
            return Optional.empty();
        }
        return extraction.talks().stream()
                .map(ExtractedTalk::day)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .or(() -> Optional.of(extraction.conference().get().end()));
    }

    private static DateSource dateSource(ParsedPost parsed, Optional<LocalDate> conferenceDay) {
        if (parsed.dateSource() != null) {
            return parsed.dateSource();
        }
        return conferenceDay.isPresent() ? DateSource.CONFERENCE_DAY : DateSource.FIRST_SEEN;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
