package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.SkipReason;
import java.util.Objects;

/** What ingest made of one file: a post with its talks, or a refusal with the reason and the original bytes. */
public sealed interface FileOutcome permits FileOutcome.Extracted, FileOutcome.Rejected {

    SourceFile file();

    /** The file was read as a post. */
    record Extracted(SourceFile file, PostExtraction extraction) implements FileOutcome {
        public Extracted {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    /** The file was refused; {@code original} is {@code null} when it could not be (or was not) read. */
    record Rejected(SourceFile file, byte[] original, SkipReason reason, String message) implements FileOutcome {
        public Rejected {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
