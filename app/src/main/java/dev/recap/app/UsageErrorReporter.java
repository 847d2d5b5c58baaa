package dev.recap.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A bad command line: says what is wrong, suggests the closest option or command, and how to get help. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("recap: " + exception.getMessage());
        if (exception instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.printf("Run '%s --help' for usage.%n", commandLine.getCommandSpec().qualifiedName());
        return USAGE_ERROR;
    }
}
