package dev.recap.app;

import dev.recap.ingest.FileExtractor;
import dev.recap.ingest.FileOutcome;
import dev.recap.streams.classify.ThemeClassifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap extract [--json] PATH...}: parses posts without Kafka and prints, per input, its metadata,
 * themes, projects and talks (JSON Lines with {@code --json}, else a readable summary). Exits with 1 when
 * any input was rejected, after printing every input.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Parse posts (files or folders, recursively) without Kafka and print what was extracted.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of posts.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object per input, one per line (JSON Lines).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Paths.requireExisting(paths, "recap extract");
        PrintWriter out = spec.commandLine().getOut();
        FileExtractor extractor = FileExtractor.standard();
        ExtractionJson jsonWriter = new ExtractionJson(ThemeClassifier.withDefaultRules());
        ExtractionSummary summaryWriter = new ExtractionSummary(jsonWriter);
        boolean anyRejected = false;
        for (InputFile input : InputFile.under(paths)) {
            FileOutcome outcome = extractor.extract(input.file());
            anyRejected |= outcome instanceof FileOutcome.Rejected;
            if (json) {
                out.println(jsonWriter.line(input.shown(), outcome));
            } else {
                summaryWriter.print(out, input.shown(), outcome);
            }
        }
        out.flush();
        return anyRejected ? 1 : 0;
    }
}
