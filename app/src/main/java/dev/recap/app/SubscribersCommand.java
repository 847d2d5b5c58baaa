package dev.recap.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code recap subscribers add|remove|list|import}: manages the subscribers topic, which is the source of
 * truth for who receives the digest.
 */
@Command(
        name = "subscribers",
        mixinStandardHelpOptions = true,
        description = "Manage subscribers (the subscribers topic is the source of truth).",
        footer = {
            "",
            "Exit codes: 0 done; 1 failed (Kafka unreachable, invalid file, unknown subscriber); 2 bad command line."
        },
        subcommands = {
            SubscriberAddCommand.class,
            SubscriberRemoveCommand.class,
            SubscriberListCommand.class,
            SubscriberImportCommand.class
        })
final class SubscribersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
