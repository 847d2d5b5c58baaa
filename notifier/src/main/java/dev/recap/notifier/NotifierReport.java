package dev.recap.notifier;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one notifier run: the weeks it covered, how many deliveries were sent, skipped (already
 * sent, possibly sent by an interrupted run, no address, nothing matching, no longer active), failed and
 * not attempted (stopped), one line per failure or uncertain delivery for the operator, the files it
 * wrote, and, for a dry run, what it would have sent.
 */
public record NotifierReport(
        List<String> weeks,
        int sent,
        int skipped,
        int failed,
        int notAttempted,
        List<String> problems,
        List<String> planned,
        List<Path> filesWritten) {

    public NotifierReport {
        weeks = List.copyOf(weeks);
        problems = List.copyOf(problems);
        planned = List.copyOf(planned);
        filesWritten = List.copyOf(filesWritten);
    }
}
