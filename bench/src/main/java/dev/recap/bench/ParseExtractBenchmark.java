package dev.recap.bench;

import dev.recap.ingest.DocumentOutcome;
import dev.recap.ingest.FileExtractor;
import dev.recap.ingest.parse.ContentDecoder;
import dev.recap.ingest.parse.ContentKind;
import dev.recap.ingest.parse.DocumentParser;
import dev.recap.ingest.parse.FormatDetector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + extract throughput on one core over the {@link Corpus}: one operation reads every document of
 * the corpus from memory the way {@code recap extract} reads a file once it has its bytes ({@link
 * FileExtractor#read(String, byte[])}: detection, decoding, parsing, talk and project extraction). The
 * baseline, measured in the same run, is the floor the libraries set: commonmark parsing the markdown
 * and text documents and jsoup parsing the HTML ones, from the same bytes; {@code parseOnly} splits parse
 * from extract. Throughput in bytes per second is the score times {@link Corpus#totalBytes()} (see
 * {@link BenchReport}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// Extraction runs through a great many methods and patterns: on 2 cores the JIT compiler needs about half
// a minute of it before the code it runs stops changing, so shorter warmups measure the compiler too.
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 3)
public class ParseExtractBenchmark {

    /** The benchmark of Recap's own path. */
    public static final String OURS = "parseExtract";
    /** The parsing half of {@link #OURS}, for the breakdown. */
    public static final String PARSE_ONLY = "parseOnly";
    /** The baseline benchmark: the markdown and HTML libraries alone. */
    public static final String BASELINE = "libraryParse";

    private String[] names;
    private byte[][] documents;
    private boolean[] html;
    private FileExtractor extractor;
    private Parser markdown;
    private DocumentParser parser;

    /**
     * Loads the corpus and builds both readers; fails when Recap refuses a document, so the benchmark
     * never measures the cheap path of a refusal.
     */
    @Setup(Level.Trial)
    public void setUp() {
        List<Corpus.Document> corpus = Corpus.standard().documents();
        names = corpus.stream().map(Corpus.Document::name).toArray(String[]::new);
        documents = corpus.stream().map(Corpus.Document::bytes).toArray(byte[][]::new);
        html = new boolean[documents.length];
        extractor = FileExtractor.standard();
        parser = new DocumentParser();
        markdown =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        for (int i = 0; i < documents.length; i++) {
            html[i] = FormatDetector.detect(ContentDecoder.decode(documents[i])) == ContentKind.HTML;
            if (extractor.read(names[i], documents[i]) instanceof DocumentOutcome.Refused refused) {
                throw new IllegalStateException(
                        names[i] + " is refused (" + refused.reason() + ": " + refused.message() + ")");
            }
        }
    }

    /** Recap's path: every document parsed and its talks and projects extracted. */
    @Benchmark
    public void parseExtract(Blackhole sink) {
        for (int i = 0; i < documents.length; i++) {
            sink.consume(extractor.read(names[i], documents[i]));
        }
    }

    /** The parsing half of Recap's path, for the breakdown: every document parsed, nothing extracted. */
    @Benchmark
    public void parseOnly(Blackhole sink) {
        for (byte[] document : documents) {
            sink.consume(parser.parse(document));
        }
    }

    /** The library floor: every document decoded and parsed by commonmark or jsoup, nothing more. */
    @Benchmark
    public void libraryParse(Blackhole sink) {
        for (int i = 0; i < documents.length; i++) {
            String text = new String(documents[i], StandardCharsets.UTF_8);
            sink.consume(html[i] ? Jsoup.parse(text) : markdown.parse(text));
        }
    }
}
