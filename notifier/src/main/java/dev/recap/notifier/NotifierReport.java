package dev.recap.notifier;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one notifier run: the weeks it saw, how many emails were sent, skipped (already sent, no
 * address, nothing matching) and failed, and the files it wrote.
 */
public record NotifierReport(List<String> weeks, int sent, int skipped, int failed, List<Path> filesWritten) {

    public NotifierReport {
        weeks = List.copyOf(weeks);
        filesWritten = List.copyOf(filesWritten);
    }
}
