package dev.recap.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code recap} command lines in-process and keeps what they print on standard output and error. */
final class CommandLineCapture {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs one command line and returns its exit code. */
    int run(String... args) {
        CommandLine commandLine = Recap.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
