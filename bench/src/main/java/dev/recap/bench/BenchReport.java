package dev.recap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseExtractBenchmark} (one fork, one thread, 8 × 5 s warm-up, 5 × 3 s measured) and
 * prints parse + extract throughput in MB/s per core, its error, its ratio to the library baseline of
 * the same run and the ingest target (≥ 20 MB/s), with parsing alone as a breakdown. Writes the same figures to {@code
 * bench/target/bench-ingest.json} (JMH's own results beside it). It reports; it never fails on speed.
 */
public final class BenchReport {

    /** The ingest issue's target for parse + extract on one core. */
    static final double TARGET_MB_PER_SECOND = 20.0;

    // as ParseExtractBenchmark's annotations: the JIT needs about half a minute of extraction on 2 cores
    private static final int WARMUP_ITERATIONS = 8;
    private static final TimeValue WARMUP_TIME = TimeValue.seconds(5);
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final TimeValue MEASUREMENT_TIME = TimeValue.seconds(3);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchReport() {}

    /** {@code [--json FILE]}: where to write the JSON summary (default {@code bench/target/bench-ingest.json}). */
    public static void main(String[] args) throws RunnerException, IOException {
        PrintStream report = BenchConsole.report();
        Path root = Corpus.projectRoot();
        Path json = root.resolve("bench/target/bench-ingest.json");
        if (args.length == 2 && args[0].equals("--json")) {
            json = Path.of(args[1]);
        } else if (args.length != 0) {
            BenchConsole.exit(
                    2,
                    "bench: unexpected arguments " + List.of(args) + ". Run it without arguments, or with"
                            + " --json FILE to write the summary somewhere else than bench/target/bench-ingest.json.");
        }
        Files.createDirectories(json.toAbsolutePath().getParent());
        Corpus corpus = Corpus.load(root);
        double loadBefore = RunStats.loadAverage();

        Map<String, Throughput> results = new LinkedHashMap<>();
        for (RunResult run : new Runner(options(root, json.resolveSibling("jmh-ingest.json"))).run()) {
            String method = method(run.getParams().getBenchmark());
            double score = run.getPrimaryResult().getScore();
            double error = run.getPrimaryResult().getScoreError();
            results.put(method, Throughput.of(method, score, error, corpus.totalBytes()));
        }
        List<Throughput> rows = List.of(
                required(results, ParseExtractBenchmark.OURS),
                required(results, ParseExtractBenchmark.PARSE_ONLY),
                required(results, ParseExtractBenchmark.BASELINE));
        double loadAfter = RunStats.loadAverage();

        print(report, corpus, rows, loadBefore, loadAfter);
        JSON.writeValue(json.toFile(), summary(corpus, rows, loadBefore, loadAfter));
        report.println("JSON: " + json);
    }

    private static Options options(Path root, Path jmhJson) {
        return new OptionsBuilder()
                .include("^" + Pattern.quote(ParseExtractBenchmark.class.getName()) + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(WARMUP_TIME)
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(MEASUREMENT_TIME)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + Corpus.ROOT_PROPERTY + "=" + root)
                .result(jmhJson.toString())
                .resultFormat(ResultFormatType.JSON)
                .build();
    }

    private static void print(PrintStream out, Corpus corpus, List<Throughput> rows, double before, double after) {
        Throughput ours = rows.get(0);
        Throughput baseline = rows.get(rows.size() - 1);
        out.println();
        out.printf(
                Locale.ROOT,
                "Parse + extract, %d documents, %d bytes (MB = 10^6 bytes); 1 thread, 1 fork, %d x %s warm-up,"
                        + " %d x %s measured; %d cores, load average %.2f before, %.2f after%n",
                corpus.documents().size(),
                corpus.totalBytes(),
                WARMUP_ITERATIONS,
                WARMUP_TIME,
                MEASUREMENT_ITERATIONS,
                MEASUREMENT_TIME,
                Runtime.getRuntime().availableProcessors(),
                before,
                after);
        out.printf(Locale.ROOT, "%-42s %9s %9s %18s%n", "benchmark", "MB/s", "± error", "ratio to baseline");
        for (Throughput row : rows) {
            String ratio = row == baseline
                    ? "1 (baseline)"
                    : String.format(Locale.ROOT, "%.3g ± %.2g", row.ratioTo(baseline), row.ratioErrorTo(baseline));
            out.printf(
                    Locale.ROOT,
                    "%-42s %9.2f %9.2f %18s%n",
                    label(row),
                    row.mbPerSecond(),
                    row.errorMbPerSecond(),
                    ratio);
        }
        out.printf(
                Locale.ROOT,
                "target: %s >= %.0f MB/s per core: %s%n",
                ParseExtractBenchmark.OURS,
                TARGET_MB_PER_SECOND,
                ours.mbPerSecond() >= TARGET_MB_PER_SECOND ? "met" : "NOT met");
    }

    private static ObjectNode summary(Corpus corpus, List<Throughput> rows, double before, double after) {
        Throughput ours = rows.get(0);
        Throughput baseline = rows.get(rows.size() - 1);
        ObjectNode node = JSON.createObjectNode();
        node.put("benchmark", ParseExtractBenchmark.class.getSimpleName());
        node.put("unit", "MB/s (10^6 bytes per second, one thread)");
        node.put("targetMbPerSecond", TARGET_MB_PER_SECOND);
        node.put("targetMet", ours.mbPerSecond() >= TARGET_MB_PER_SECOND);
        node.put("ratio", ours.ratioTo(baseline));
        node.put("ratioError", ours.ratioErrorTo(baseline));
        ObjectNode input = node.putObject("corpus");
        input.put("bytes", corpus.totalBytes());
        ArrayNode files = input.putArray("documents");
        corpus.documents().forEach(d -> files.addObject().put("name", d.name()).put("bytes", d.bytes().length));
        ObjectNode settings = node.putObject("settings");
        settings.put("forks", 1).put("threads", 1);
        settings.put("warmup", WARMUP_ITERATIONS + " x " + WARMUP_TIME);
        settings.put("measurement", MEASUREMENT_ITERATIONS + " x " + MEASUREMENT_TIME);
        ObjectNode machine = node.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        machine.put("loadAverageBefore", before).put("loadAverageAfter", after);
        ArrayNode results = node.putArray("results");
        for (Throughput row : rows) {
            results.addObject()
                    .put("name", row.benchmark())
                    .put("baseline", row == baseline)
                    .put("mbPerSecond", row.mbPerSecond())
                    .put("errorMbPerSecond", row.errorMbPerSecond())
                    .put("ratioToBaseline", row.ratioTo(baseline))
                    .put("ratioError", row == baseline ? 0.0 : row.ratioErrorTo(baseline));
        }
        return node;
    }

    private static String label(Throughput row) {
        return row.benchmark()
                + switch (row.benchmark()) {
                    case ParseExtractBenchmark.OURS -> " (ours)";
                    case ParseExtractBenchmark.BASELINE -> " (baseline: commonmark/jsoup)";
                    default -> " (breakdown)";
                };
    }

    private static String method(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static Throughput required(Map<String, Throughput> results, String method) {
        Throughput result = results.get(method);
        if (result == null) {
            throw new IllegalStateException("JMH returned no result for " + method + ": " + results.keySet());
        }
        return result;
    }
}
