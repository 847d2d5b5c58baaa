package dev.recap.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns a failure of a command into one clear line on standard error and exit code 1; the stack trace
 * goes to the log at DEBUG, not to the user.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (exception instanceof UserFacingException) {
            commandLine.getErr().println("recap: " + exception.getMessage());
        } else {
            commandLine.getErr().println("recap " + commandLine.getCommandName() + " failed: " + describe(exception));
        }
        LOG.debug("Command failed", exception);
        return 1;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
