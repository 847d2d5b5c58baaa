package dev.recap.ingest;

import dev.recap.ingest.parse.ContentKind;
import dev.recap.ingest.parse.FormatDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the input files under the paths given: files as they are, folders recursively, glob patterns
 * ({@code posts/**}{@code /*.md}) expanded, each folder's files sorted by path so every run sees the same order. Inside folders, hidden files and folders (a
 * name starting with a dot, such as {@code .gitkeep} or {@code .git}), project documents ({@code
 * README}, {@code LICENSE}, ...) and data or asset files ({@code .yaml}, {@code .json}, images, {@code .xml}
 * that is not a feed, ...) are not posts and are skipped; a file named explicitly is always read. A path that cannot be listed is
 * returned as it is, so reading it fails and it reaches the dead letters instead of vanishing.
 */
public final class SourceWalker {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWalker.class);
    private static final Set<String> NOT_POST_NAMES =
            Set.of("readme", "license", "licence", "changelog", "contributing", "code_of_conduct", "notice");
    private static final Set<String> NOT_POST_EXTENSIONS = Set.of(
            "yaml",
            "yml",
            "json",
            "toml",
            "csv",
            "tsv",
            "lock",
            "properties",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "webp",
            "svg",
            "ico",
            "css",
            "js",
            "map",
            "pdf",
            "zip",
            "gz",
            "jar",
            "class");
    private final Path workingDirectory;

    public SourceWalker(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** A walker whose sources are relative to the current working directory. */
    public static SourceWalker fromWorkingDirectory() {
        return new SourceWalker(Path.of("").toAbsolutePath());
    }

    /** Every input file under {@code roots} (files, folders or glob patterns), in order, each once. */
    public List<SourceFile> walk(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root) && GlobPattern.isGlob(root.toString())) {
                files.addAll(GlobPattern.expand(root.toString(), workingDirectory));
            } else {
                files.addAll(
                        Files.isDirectory(root)
                                ? filesUnder(root)
                                : List.of(root.toAbsolutePath().normalize()));
            }
        }
        return files.stream().map(p -> SourceFile.of(p, workingDirectory)).toList();
    }

    private static List<Path> filesUnder(Path root) {
        List<Path> files = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && isHidden(dir)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && !isNeverAPost(file)) {
                        files.add(file);
                    } else {
                        LOG.debug("Skipping {}: hidden, not a regular file, or not a post", file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("Cannot list {}; it will be dead-lettered", file, e);
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot walk {}; it will be dead-lettered", start, e);
            files.add(start);
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    static boolean isNeverAPost(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        if (extension.equals("xml")) {
            return !isFeedOrList(file);
        }
        return NOT_POST_NAMES.contains(stem) || NOT_POST_EXTENSIONS.contains(extension);
    }

    // An .xml file in a folder is read only when its content is a feed or a feed list (not a pom or sitemap).
    private static boolean isFeedOrList(Path file) {
        byte[] head = new byte[4_096];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            ContentKind kind = FormatDetector.detect(new String(head, 0, n, StandardCharsets.UTF_8));
            return kind == ContentKind.RSS || kind == ContentKind.ATOM || kind == ContentKind.OPML;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
