package dev.recap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a glob pattern such as {@code posts/**}{@code /*.md} into the regular, non-hidden files it
 * matches, sorted; {@code **}{@code /} also matches no folder at all, as in shells with globstar.
 */
final class GlobPattern {

    private GlobPattern() {}

    static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static List<Path> expand(String pattern, Path workingDirectory) {
        String unix = pattern.replace('\\', '/');
        String[] parts = unix.split("/");
        int firstGlob = 0;
        while (firstGlob < parts.length && !isGlob(parts[firstGlob])) {
            firstGlob++;
        }
        String base = String.join("/", Arrays.copyOfRange(parts, 0, firstGlob));
        String rest = String.join("/", Arrays.copyOfRange(parts, firstGlob, parts.length));
        Path root = unix.startsWith("/") && base.isEmpty() ? Path.of("/") : workingDirectory.resolve(base);
        Path start = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        PathMatcher shallow = FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", ""));
        try (Stream<Path> paths = Files.walk(start)) {
            List<Path> files = new ArrayList<>(paths.filter(Files::isRegularFile)
                    .map(start::relativize)
                    .filter(relative -> !hidden(relative))
                    .filter(relative -> deep.matches(relative) || shallow.matches(relative))
                    .map(start::resolve)
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + start + " for " + pattern, e);
        }
    }
}
