package dev.recap.streams.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated data file from the classpath: the first line is the header, blank lines and lines
 * starting with {@code #} are skipped, and every row has as many fields as the header (empty when absent).
 */
final class TsvResource {

    private TsvResource() {}

    /** The rows of {@code resource} (a classpath path), header left out. */
    static List<List<String>> rows(String resource) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing data file on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            int columns = header == null ? 0 : header.split("\t", -1).length;
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(fields(line, columns));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    private static List<String> fields(String line, int columns) {
        List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
        while (fields.size() < columns) {
            fields.add("");
        }
        return fields.stream().map(String::strip).toList();
    }
}
