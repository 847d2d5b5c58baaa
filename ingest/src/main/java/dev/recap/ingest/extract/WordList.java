package dev.recap.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the word lists and tables shipped in {@code src/main/resources/extract/}: one entry a line, blank
 * lines and {@code #} comments ignored. A missing list is a packaging bug and fails fast.
 */
final class WordList {

    private WordList() {}

    /** The entries of resource {@code extract/<name>}, normalised (see {@link Words#normalise}). */
    static Set<String> load(String name) {
        return normalised("/extract/" + name);
    }

    /** The entries of classpath resource {@code path}, normalised (see {@link Words#normalise}). */
    static Set<String> normalised(String path) {
        return Set.copyOf(lines(path).stream().map(Words::normalise).toList());
    }

    /** The non-blank, non-comment lines of classpath resource {@code path}, stripped, in order. */
    static List<String> lines(String path) {
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
