package dev.recap.notifier.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes files whole or not at all: into a temporary file beside the target, then an atomic rename, so a
 * reader (or a crash) never sees half a file. Also the one check that an id is safe as a file name.
 */
public final class AtomicFileWriter {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}");

    private AtomicFileWriter() {}

    /** What writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target}, creating parent folders and replacing an older file. */
    public static Path write(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static Path write(Path target, byte[] bytes) throws IOException {
        return write(target, out -> out.write(bytes));
    }

    /**
     * {@code id} itself when it can be a file name on any system (letters, digits, {@code . _ @ + -}, not
     * starting with a dot, no {@code ..}); otherwise an {@link IllegalArgumentException}, never a rewrite
     * that could make two ids share a file.
     */
    public static String safeName(String id) {
        Objects.requireNonNull(id, "id");
        if (!SAFE_NAME.matcher(id).matches() || id.contains("..")) {
            throw new IllegalArgumentException("Not usable as a file name: '" + id + "'");
        }
        return id;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
