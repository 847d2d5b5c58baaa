package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.DocumentParser;
import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.PostParser;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.source.ArticleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file (or the fetched bytes of a URL) and parses and extracts it, without Kafka (the {@code
 * recap extract} command uses it as it is): a post, a feed's posts, an OPML list or a schedule. Files
 * over the size cap, unreadable files and content the parsers refuse are refused with a reason; so is a
 * parser bug, so one bad input never stops a run.
 */
public final class FileExtractor {

    /** Files larger than this are refused unread. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileExtractor.class);
    private final DocumentParser parser;
    private final FeedPosts feedPosts;
    private final long maxFileBytes;

    public FileExtractor(PostParser parser, TalkExtractor extractor, long maxFileBytes) {
        this(new DocumentParser(parser), new FeedPosts(extractor, ArticleSource.none()), maxFileBytes);
    }

    private FileExtractor(DocumentParser parser, FeedPosts feedPosts, long maxFileBytes) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.feedPosts = Objects.requireNonNull(feedPosts, "feedPosts");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** A file extractor with the standard parser, catalogues and size cap, which fetches nothing. */
    public static FileExtractor standard() {
        return new FileExtractor(new PostParser(), TalkExtractor.standard(), MAX_FILE_BYTES);
    }

    /** The same extractor, fetching the article of feed items that carry only a summary from {@code articles}. */
    public FileExtractor withArticles(ArticleSource articles) {
        return new FileExtractor(parser, feedPosts.withArticles(articles), maxFileBytes);
    }

    /** The posts of feeds, as this extractor reads them. */
    public FeedPosts feedPosts() {
        return feedPosts;
    }

    /** What {@code file} holds. */
    public FileOutcome extract(SourceFile file) {
        return FileOutcome.of(file, read(file));
    }

    /** What {@code file} holds, as a document outcome. */
    public DocumentOutcome read(SourceFile file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file.path())) {
                return refused(null, SkipReason.UNREADABLE, "not a readable regular file");
            }
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                return refused(null, SkipReason.TOO_LARGE, size + " bytes, over the cap of " + maxFileBytes);
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException | SecurityException e) {
            return refused(null, SkipReason.UNREADABLE, e.toString());
        }
        return read(file.source(), bytes);
    }

    /** What {@code bytes}, read from {@code source} (a path or URL, for logs), hold. */
    public DocumentOutcome read(String source, byte[] bytes) {
        try {
            DocumentResult result = parser.parse(bytes);
            if (result instanceof DocumentResult.Post post) {
                PostExtraction extraction = feedPosts.extractor().extract(post.post());
                return new DocumentOutcome.Post(extraction);
            } else if (result instanceof DocumentResult.Feed feed) {
                return feedPosts.extract(feed, feed.items());
            } else if (result instanceof DocumentResult.FeedList list) {
                return new DocumentOutcome.FeedList(list.feeds(), list.skipped());
            } else if (result instanceof DocumentResult.Schedule schedule) {
                return new DocumentOutcome.Schedule(schedule.talks(), schedule.skipped());
            }
            DocumentResult.Skipped skipped = (DocumentResult.Skipped) result;
            return refused(bytes, skipped.reason(), skipped.message());
        } catch (RuntimeException e) {
            // a parser bug: keep the input (dead letter) and the run going, but say so loudly
            LOG.error("Parser failed on {}", source, e);
            return refused(bytes, SkipReason.PARSER_FAILURE, e.toString());
        }
    }

    private static DocumentOutcome refused(byte[] bytes, SkipReason reason, String message) {
        return new DocumentOutcome.Refused(bytes, reason, message);
    }
}
