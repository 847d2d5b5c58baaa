package dev.recap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The documents the ingest benchmarks read, loaded into memory once: every file under the project's
 * {@code samples/posts}, then the seed posts {@code ../shared/seeds/*.txt} when that folder sits beside
 * the project. Files are in name order, so two runs on the same tree read the same bytes.
 */
public record Corpus(Path root, List<Document> documents) {

    /** The system property that names the project root; else it is looked for from the working directory. */
    public static final String ROOT_PROPERTY = "recap.bench.root";

    private static final Path POSTS = Path.of("samples", "posts");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    /** One input: its path relative to the project root, and its bytes. */
    public record Document(String name, byte[] bytes) {
        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    public Corpus {
        Objects.requireNonNull(root, "root");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no document under " + root.resolve(POSTS));
        }
    }

    /** The corpus of the project root named by {@value #ROOT_PROPERTY}, else found from the working directory. */
    public static Corpus standard() {
        return load(projectRoot());
    }

    /** The corpus of the project at {@code root}. */
    public static Corpus load(Path root) {
        List<Document> documents = new ArrayList<>();
        documents.addAll(read(root, root.resolve(POSTS), Integer.MAX_VALUE, ""));
        Path seeds = root.resolve(SEEDS).normalize();
        if (Files.isDirectory(seeds)) {
            documents.addAll(read(root, seeds, 1, ".txt"));
        }
        return new Corpus(root, documents);
    }

    /**
     * The project root: {@value #ROOT_PROPERTY} when set, else the nearest folder holding {@code
     * samples/posts} from the working directory up (so the benchmarks run from the root or from {@code bench/}).
     */
    public static Path projectRoot() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(POSTS))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no samples/posts in " + start + " or above: run from the project, or set -D" + ROOT_PROPERTY);
    }

    /** The bytes of every document together. */
    public long totalBytes() {
        return documents.stream().mapToLong(d -> d.bytes().length).sum();
    }

    private static List<Document> read(Path root, Path dir, int depth, String suffix) {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .map(file -> new Document(shown(root, file), bytes(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String shown(Path root, Path file) {
        Path relative = root.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
