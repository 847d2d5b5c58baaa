package dev.recap.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/seeds} next to the repository (a parent of the working directory holds {@code shared}). */
final class SeedFolder {

    private SeedFolder() {}

    /** The seed folder relative to the working directory, or {@code null} when there is none. */
    static Path find() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isRegularFile(candidate.resolve("expected.yaml"))) {
                return workingDirectory.relativize(candidate);
            }
        }
        return null;
    }
}
