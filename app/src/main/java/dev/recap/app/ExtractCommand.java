package dev.recap.app;

import dev.recap.ingest.FileExtractor;
import dev.recap.ingest.FileOutcome;
import dev.recap.ingest.extract.OfficialTitles;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.streams.classify.ThemeClassifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap extract [--json] [--schedule FILE.ics] PATH...}: parses posts, feeds and schedules without
 * Kafka and prints, per post, its metadata, themes, projects and talks, each talk with its official title
 * when a schedule names it (JSON Lines with {@code --json}, else a readable summary). Exits with 1 when
 * any input was rejected, after printing every input.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Parse posts (files or folders, recursively) without Kafka and print what was extracted.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of posts, feeds and schedules.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object per input, one per line (JSON Lines).")
    boolean json;

    @Option(
            names = "--schedule",
            paramLabel = "FILE.ics",
            description =
                    "A conference schedule whose official titles name the talks (schedules among PATH count" + " too).")
    List<Path> schedules = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Paths.requireExisting(paths, "recap extract");
        Paths.requireExisting(schedules, "recap extract --schedule");
        PrintWriter out = spec.commandLine().getOut();
        FileExtractor extractor = FileExtractor.standard();
        List<InputFile> inputs = InputFile.under(paths);
        List<FileOutcome> outcomes =
                inputs.stream().map(i -> extractor.extract(i.file())).toList();
        ExtractionJson jsonWriter =
                new ExtractionJson(ThemeClassifier.withDefaultRules(), officialTitles(extractor, outcomes));
        ExtractionSummary summaryWriter = new ExtractionSummary(jsonWriter);
        boolean anyRejected = false;
        for (int i = 0; i < inputs.size(); i++) {
            FileOutcome outcome = outcomes.get(i);
            anyRejected |= outcome instanceof FileOutcome.Rejected;
            if (json) {
                jsonWriter.lines(inputs.get(i).shown(), outcome).forEach(out::println);
            } else {
                summaryWriter.print(out, inputs.get(i).shown(), outcome);
            }
        }
        out.flush();
        return anyRejected ? 1 : 0;
    }

    // The talks of every schedule given, with --schedule or among the inputs.
    private OfficialTitles officialTitles(FileExtractor extractor, List<FileOutcome> outcomes) {
        List<ScheduleEntry> talks = new ArrayList<>();
        for (InputFile schedule : InputFile.under(schedules)) {
            FileOutcome outcome = extractor.extract(schedule.file());
            if (!(outcome instanceof FileOutcome.Schedule read)) {
                throw new UserFacingException("recap extract --schedule: " + schedule.shown()
                        + " is not an iCal schedule (" + describe(outcome) + ")."
                        + " Give a .ics file with VEVENTs, or leave --schedule out.");
            }
            talks.addAll(read.talks());
        }
        outcomes.stream()
                .filter(FileOutcome.Schedule.class::isInstance)
                .map(FileOutcome.Schedule.class::cast)
                .forEach(s -> talks.addAll(s.talks()));
        return OfficialTitles.of(talks);
    }

    private static String describe(FileOutcome outcome) {
        return outcome instanceof FileOutcome.Rejected rejected
                ? rejected.reason().code() + ": " + rejected.message()
                : outcome instanceof FileOutcome.FeedList ? "it is a feed list" : "it is a post or a feed";
    }
}
