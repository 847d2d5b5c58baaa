package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

// Runs each benchmark method once, untimed, so a change in ingest that breaks the benchmark shows in the build.
class ParseExtractBenchmarkTest {

    private static final String JMH_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @Test
    void shouldParseAndExtractEveryDocumentOfTheCorpusWithoutARefusal() {
        ParseExtractBenchmark benchmark = new ParseExtractBenchmark();
        Blackhole sink = new Blackhole(JMH_CHALLENGE);

        benchmark.setUp();

        assertThatCode(() -> benchmark.parseExtract(sink)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.libraryParse(sink)).doesNotThrowAnyException();
    }
}
