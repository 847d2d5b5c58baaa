package dev.recap.app;

import dev.recap.ingest.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Snapshots of input files (modification time and size), and the files that changed between two: new
 * or modified ones. {@code recap ingest --watch} acts on a change only once two scans in a row agree,
 * so a file still being written is not read half-way (debounce).
 */
final class ChangedFiles {

    /** What a scan saw of one file. */
    record Stamp(long modifiedMillis, long size) {}

    private ChangedFiles() {}

    static Map<Path, Stamp> snapshot(List<SourceFile> files) {
        Map<Path, Stamp> stamps = new LinkedHashMap<>();
        for (SourceFile file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
                stamps.put(file.path(), new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size()));
            } catch (IOException e) {
                // gone or unreadable between listing and reading: the next scan decides
                stamps.put(file.path(), new Stamp(-1, -1));
            }
        }
        return stamps;
    }

    /**
     * Files of {@code current} that differ from {@code ingested} (what was last ingested) and are the
     * same in {@code previous} (the scan before), so they have settled.
     */
    static List<Path> settledChanges(Map<Path, Stamp> ingested, Map<Path, Stamp> previous, Map<Path, Stamp> current) {
        List<Path> changed = new ArrayList<>();
        current.forEach((path, stamp) -> {
            if (!Objects.equals(ingested.get(path), stamp) && Objects.equals(previous.get(path), stamp)) {
                changed.add(path);
            }
        });
        return changed;
    }
}
