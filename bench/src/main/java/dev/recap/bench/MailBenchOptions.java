package dev.recap.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The options of {@link MailBenchmark}: how many personalised emails per run, over how many SMTP
 * connections, how many measured runs after the warm-up, and the seed of the digest and subscriber
 * generator.
 */
record MailBenchOptions(int emails, int connections, int runs, long seed) {

    static final String USAGE =
            "MailBenchmark [--emails N (100000)] [--connections C (8)] [--runs R (2)] [--seed S (42)]";

    // the notifier's own bound on RECAP_SMTP_CONNECTIONS
    static final int MAX_CONNECTIONS = 64;
    // subscriber ids are s000001..s999999
    static final int MAX_EMAILS = 999_999;

    MailBenchOptions {
        if (emails < 1 || emails > MAX_EMAILS) {
            throw new IllegalArgumentException("--emails must be 1.." + MAX_EMAILS + ", was " + emails);
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("--connections must be 1.." + MAX_CONNECTIONS + ", was " + connections);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
        }
    }

    static MailBenchOptions defaults() {
        return new MailBenchOptions(100_000, 8, 2, 42);
    }

    static MailBenchOptions parse(String... args) {
        MailBenchOptions o = defaults();
        List<String> list = Arrays.asList(args);
        if (list.size() % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + list);
        }
        for (int i = 0; i < list.size(); i += 2) {
            String name = list.get(i);
            String value = list.get(i + 1);
            try {
                o = switch (name) {
                    case "--emails" -> new MailBenchOptions(Integer.parseInt(value), o.connections, o.runs, o.seed);
                    case "--connections" -> new MailBenchOptions(o.emails, Integer.parseInt(value), o.runs, o.seed);
                    case "--runs" -> new MailBenchOptions(o.emails, o.connections, Integer.parseInt(value), o.seed);
                    case "--seed" -> new MailBenchOptions(o.emails, o.connections, o.runs, Long.parseLong(value));
                    default -> throw new IllegalArgumentException("unknown option " + name);
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad value for " + name + ": " + value, e);
            }
        }
        return o;
    }
}
