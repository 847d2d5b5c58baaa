package dev.recap.ingest;

import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.ParseResult;
import dev.recap.ingest.parse.PostParser;
import dev.recap.ingest.parse.SkipReason;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file and parses and extracts it, without Kafka (the {@code recap extract} command uses it
 * as it is). Files over the size cap, unreadable files and content the parsers refuse become a
 * {@link FileOutcome.Rejected}; so does a parser bug, so one bad file never stops a run.
 */
public final class FileExtractor {

    /** Files larger than this are refused unread. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileExtractor.class);
    private final PostParser parser;
    private final TalkExtractor extractor;
    private final long maxFileBytes;

    public FileExtractor(PostParser parser, TalkExtractor extractor, long maxFileBytes) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** A file extractor with the standard parser, catalogues and size cap. */
    public static FileExtractor standard() {
        return new FileExtractor(new PostParser(), TalkExtractor.standard(), MAX_FILE_BYTES);
    }

    /** What {@code file} holds. */
    public FileOutcome extract(SourceFile file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file.path())) {
                return rejected(file, null, SkipReason.UNREADABLE, "not a readable regular file");
            }
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                return rejected(file, null, SkipReason.TOO_LARGE, size + " bytes, over the cap of " + maxFileBytes);
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException | SecurityException e) {
            return rejected(file, null, SkipReason.UNREADABLE, e.toString());
        }
        return extract(file, bytes);
    }

    private FileOutcome extract(SourceFile file, byte[] bytes) {
        try {
            ParseResult result = parser.parse(bytes);
            if (result instanceof ParseResult.Skipped skipped) {
                return rejected(file, bytes, skipped.reason(), skipped.message());
            }
            return new FileOutcome.Extracted(file, extractor.extract(((ParseResult.Parsed) result).post()));
        } catch (RuntimeException e) {
            // a parser bug: keep the input (dead letter) and the run going, but say so loudly
            LOG.error("Parser failed on {}", file.source(), e);
            return rejected(file, bytes, SkipReason.PARSER_FAILURE, e.toString());
        }
    }

    private static FileOutcome rejected(SourceFile file, byte[] bytes, SkipReason reason, String message) {
        return new FileOutcome.Rejected(file, bytes, reason, message);
    }
}
