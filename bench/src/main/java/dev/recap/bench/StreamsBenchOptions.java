package dev.recap.bench;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The options of {@link StreamsBenchmark}: how many mentions of how many talks, how many measured runs
 * after the warm-up, the generator's seed, the app's commit interval and how long any one phase may take.
 */
record StreamsBenchOptions(int events, int talks, int runs, long seed, long commitIntervalMs, Duration timeout) {

    static final String USAGE = "StreamsBenchmark [--events N (200000)] [--talks T (20000)] [--runs R (3)]"
            + " [--seed S (42)] [--commit-interval-ms MS (100)] [--timeout ISO-8601 (PT10M)]";

    // Kafka Streams' own default under exactly_once_v2 (StreamsSettings' 1 s is the at-least-once one)
    static final long EOS_COMMIT_INTERVAL_MS = 100;

    StreamsBenchOptions {
        if (events < 1 || talks < 1 || runs < 1 || commitIntervalMs < 1) {
            throw new IllegalArgumentException("--events, --talks, --runs and --commit-interval-ms must be >= 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    static StreamsBenchOptions defaults() {
        return new StreamsBenchOptions(200_000, 20_000, 3, 42, EOS_COMMIT_INTERVAL_MS, Duration.ofMinutes(10));
    }

    static StreamsBenchOptions parse(String... args) {
        StreamsBenchOptions o = defaults();
        List<String> list = Arrays.asList(args);
        if (list.size() % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + list);
        }
        for (int i = 0; i < list.size(); i += 2) {
            String value = list.get(i + 1);
            try {
                o = switch (list.get(i)) {
                    case "--events" ->
                        new StreamsBenchOptions(
                                Integer.parseInt(value), o.talks, o.runs, o.seed, o.commitIntervalMs, o.timeout);
                    case "--talks" ->
                        new StreamsBenchOptions(
                                o.events, Integer.parseInt(value), o.runs, o.seed, o.commitIntervalMs, o.timeout);
                    case "--runs" ->
                        new StreamsBenchOptions(
                                o.events, o.talks, Integer.parseInt(value), o.seed, o.commitIntervalMs, o.timeout);
                    case "--seed" ->
                        new StreamsBenchOptions(
                                o.events, o.talks, o.runs, Long.parseLong(value), o.commitIntervalMs, o.timeout);
                    case "--commit-interval-ms" ->
                        new StreamsBenchOptions(o.events, o.talks, o.runs, o.seed, Long.parseLong(value), o.timeout);
                    case "--timeout" ->
                        new StreamsBenchOptions(
                                o.events, o.talks, o.runs, o.seed, o.commitIntervalMs, Duration.parse(value));
                    default -> throw new IllegalArgumentException("unknown option " + list.get(i));
                };
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + list.get(i) + ": " + value, e);
            }
        }
        return o;
    }
}
