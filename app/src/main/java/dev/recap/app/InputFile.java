package dev.recap.app;

import dev.recap.ingest.SourceFile;
import dev.recap.ingest.SourceWalker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One input of a command and the path to show for it: a file as the user gave it, or a file found in a
 * folder as that folder (as given) joined with its path inside, always with forward slashes.
 */
record InputFile(SourceFile file, String shown) {

    InputFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shown, "shown");
    }

    /** The input files under {@code roots}, in the walker's order, each once. */
    static List<InputFile> under(List<Path> roots) {
        SourceWalker walker = SourceWalker.fromWorkingDirectory();
        Set<Path> seen = new HashSet<>();
        List<InputFile> inputs = new ArrayList<>();
        for (Path root : roots) {
            Path base = root.toAbsolutePath().normalize();
            for (SourceFile file : walker.walk(List.of(root))) {
                if (seen.add(file.path())) {
                    inputs.add(new InputFile(file, shown(root, base, file.path())));
                }
            }
        }
        return List.copyOf(inputs);
    }

    private static String shown(Path root, Path base, Path file) {
        Path path = Files.isDirectory(root) && !file.equals(base) ? root.resolve(base.relativize(file)) : root;
        return path.toString().replace('\\', '/');
    }
}
