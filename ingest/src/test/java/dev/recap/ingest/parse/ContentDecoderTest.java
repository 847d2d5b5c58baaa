package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

    @Test
    void shouldDecodeValidUtf8WithoutItsBomAndWithNewlineLineEnds() {
        byte[] content = "\uFEFFJour 1 : été\r\nà Paris\rfin".getBytes(StandardCharsets.UTF_8);

        String text = ContentDecoder.decode(content);

        assertThat(text).isEqualTo("Jour 1 : été\nà Paris\nfin");
    }

    @Test
    void shouldKeepAReplacementCharacterWrittenInValidUtf8() {
        byte[] content = "a \uFFFD b".getBytes(StandardCharsets.UTF_8);

        String text = ContentDecoder.decode(content);

        assertThat(text).isEqualTo("a \uFFFD b");
    }

    @Test
    void shouldReadInvalidUtf8AsWindows1252() {
        byte[] content = "caf\u00e9 \u2019quoted\u2019".getBytes(Charset.forName("windows-1252"));

        String text = ContentDecoder.decode(content);

        assertThat(text).isEqualTo("café ’quoted’");
    }

    @Test
    void shouldTakeAnEncodedSurrogateForInvalidUtf8() {
        byte[] content = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        String text = ContentDecoder.decode(content);

        assertThat(text).isEqualTo(new String(content, Charset.forName("windows-1252")));
    }
}
