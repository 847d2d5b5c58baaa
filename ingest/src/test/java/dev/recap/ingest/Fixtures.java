package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.parse.ParseResult;
import dev.recap.ingest.parse.ParsedPost;
import dev.recap.ingest.parse.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures of {@code src/test/resources/fixtures/<format>/<case>.<ext>}. */
public final class Fixtures {

    private Fixtures() {}

    /** The bytes of fixture {@code name}, such as {@code markdown/yaml-front-matter.md}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixture {@code name} parsed; fails the test when it is skipped. */
    public static ParsedPost parsed(String name) {
        ParseResult result = new PostParser().parse(bytes(name));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).post();
    }

    /** Fixture {@code name} parsed, expected to be skipped. */
    public static ParseResult.Skipped skipped(String name) {
        ParseResult result = new PostParser().parse(bytes(name));
        assertThat(result).isInstanceOf(ParseResult.Skipped.class);
        return (ParseResult.Skipped) result;
    }
}
