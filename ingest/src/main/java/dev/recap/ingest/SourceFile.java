package dev.recap.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file and its source string: the path relative to the working directory when it lies under
 * it, else absolute, always with forward slashes. The source is what a post id falls back on.
 */
public record SourceFile(Path path, String source) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /** The source file for {@code path} seen from {@code workingDirectory}. */
    public static SourceFile of(Path path, Path workingDirectory) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
        return new SourceFile(absolute, shown.toString().replace('\\', '/'));
    }
}
