package dev.recap.app;

import dev.recap.schemas.AvroTrust;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recap} command line: the all-in-one demo, each service, and ops commands. */
@Command(
        name = "recap",
        mixinStandardHelpOptions = true,
        versionProvider = RecapVersion.class,
        description = "Turns conference recap posts and schedules into a weekly digest, on Apache Kafka.",
        subcommands = {
            DemoCommand.class,
            BrokerCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            StreamsCommand.class,
            NotifierCommand.class,
            PreviewCommand.class,
            TopicsCommand.class,
            SubscribersCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Recap implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String... args) {
        AvroTrust.install();
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Recap())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureReporter())
                .setParameterExceptionHandler(new UsageErrorReporter());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
