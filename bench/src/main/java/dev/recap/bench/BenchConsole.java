package dev.recap.bench;

import java.io.PrintStream;
import java.util.function.Function;

/**
 * Where the benchmark main classes write. They are command-line reports: the table on standard output and
 * usage errors on standard error are their output on purpose, not logging (logback, set to warnings, is
 * for the libraries' own messages). This is the only place they touch {@code System.out} and {@code
 * System.err}.
 */
final class BenchConsole {

    private BenchConsole() {}

    /** Standard output, where the report goes. */
    static PrintStream report() {
        return System.out;
    }

    /** The options {@code parse} reads from {@code args}, or, when they are wrong, the reason, the usage and exit 2. */
    static <O> O optionsOrExit(String program, String usage, Function<String[], O> parse, String[] args) {
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(program + ": " + e.getMessage());
            System.err.println("usage: " + usage);
            System.exit(2);
            throw new IllegalStateException("unreachable: System.exit returned", e);
        }
    }

    /** Prints {@code message} on standard error and exits with {@code code}. */
    static void exit(int code, String message) {
        System.err.println(message);
        System.exit(code);
    }
}
