package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.PostFormat;
import dev.recap.ingest.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PostParserTest {

    private final PostParser parser = new PostParser();

    @Test
    void shouldSkipEmptyInputWithReason() {
        ParseResult.Skipped skipped = Fixtures.skipped("text/empty.txt");

        assertThat(skipped.reason()).isEqualTo(SkipReason.EMPTY);
        assertThat(skipped.message()).isEqualTo("the input is empty");
    }

    @Test
    void shouldSkipWhitespaceOnlyInputAsEmpty() {
        ParseResult.Skipped skipped = Fixtures.skipped("text/whitespace.txt");

        assertThat(skipped.reason()).isEqualTo(SkipReason.EMPTY);
    }

    @Test
    void shouldSkipBinaryInputWithReason() {
        ParseResult.Skipped skipped = Fixtures.skipped("binary/image.png");

        assertThat(skipped.reason()).isEqualTo(SkipReason.BINARY);
        assertThat(skipped.reason().code()).isEqualTo("binary");
    }

    @Test
    void shouldRecogniseHtmlFromContentWhateverTheName() {
        byte[] html =
                "<html><body><h1>Hello KubeCon</h1><p>Some text.</p></body></html>".getBytes(StandardCharsets.UTF_8);

        ParseResult result = parser.parse(html);

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) result).post().format()).isEqualTo(PostFormat.HTML);
    }

    @Test
    void shouldReadLegacyEncodedTextWhenNotUtf8() {
        byte[] latin1 = "Caf\u00e9 notes\n\nDes notes prises au caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1);

        ParseResult result = parser.parse(latin1);

        assertThat(((ParseResult.Parsed) result).post().title()).isEqualTo("Café notes");
    }

    @Test
    void shouldTreatTextWithOnlyAListAsBareText() {
        ContentKind kind = FormatDetector.detect("Shopping\n\n- milk\n- eggs\n");

        assertThat(kind).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void shouldTreatUnclosedFrontMatterAsNoFrontMatter() {
        FrontMatter frontMatter = FrontMatterSplitter.split("---\ntitle: x\n\n# Heading\n");

        assertThat(frontMatter.kind()).isEqualTo(FrontMatter.Kind.NONE);
        assertThat(frontMatter.body()).isEqualTo("---\ntitle: x\n\n# Heading\n");
    }
}
