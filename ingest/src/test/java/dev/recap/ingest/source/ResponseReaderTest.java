package dev.recap.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {

    @Test
    void shouldReadAChunkedBodyIgnoringExtensionsAndTrailers() throws IOException {
        ResponseReader reader = reader(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nExpires: never\r\n\r\n",
                100);

        HttpHead head = reader.head();
        byte[] body = reader.body(head);

        assertThat(head.status()).isEqualTo(200);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("hello, world");
    }

    @Test
    void shouldReadABodyOfTheDeclaredLength() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello and more", 100);

        byte[] body = reader.body(reader.head());

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void shouldReadABodyWithoutLengthUntilTheConnectionCloses() throws IOException {
        ResponseReader reader = reader("HTTP/1.0 200 OK\nContent-Type: text/plain\n\nall of it", 100);

        byte[] body = reader.body(reader.head());

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("all of it");
    }

    @Test
    void shouldSkipAnInterimResponseAndJoinAFoldedHeader() throws IOException {
        ResponseReader reader = reader(
                "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
                        + "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nX-Note: one\r\n\ttwo\r\n\r\n",
                100);

        HttpHead head = reader.head();

        assertThat(head.status()).isEqualTo(301);
        assertThat(head.first("location")).contains("/new");
        assertThat(head.all("X-Note")).containsExactly("one two");
        assertThat(head.all("Link")).isEmpty();
    }

    @Test
    void shouldRefuseABodyDeclaredOverTheCapBeforeReadingIt() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n", 100);
        HttpHead head = reader.head();

        assertThatThrownBy(() -> reader.body(head)).isInstanceOf(ResponseReader.TooLargeException.class);
    }

    @Test
    void shouldStopAChunkedBodyOverTheCap() throws IOException {
        ResponseReader reader =
                reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n", 8);
        HttpHead head = reader.head();

        assertThatThrownBy(() -> reader.body(head)).isInstanceOf(ResponseReader.TooLargeException.class);
    }

    @Test
    void shouldStopABodyWithoutLengthOverTheCap() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 200 OK\r\n\r\n" + "x".repeat(50), 20);
        HttpHead head = reader.head();

        assertThatThrownBy(() -> reader.body(head)).isInstanceOf(ResponseReader.TooLargeException.class);
    }

    @Test
    void shouldRefuseABodyCutShortOfItsLength() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello", 100);
        HttpHead head = reader.head();

        assertThatThrownBy(() -> reader.body(head))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("the response ended before its Content-Length of 10 bytes");
    }

    @Test
    void shouldRefuseConflictingContentLengths() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 100);
        HttpHead head = reader.head();

        assertThatThrownBy(() -> reader.body(head))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("invalid Content-Length: 6");
    }

    @Test
    void shouldRefuseSomethingThatIsNotHttp() {
        ResponseReader reader = reader("SSH-2.0-OpenSSH_9.6\r\n", 100);

        assertThatThrownBy(reader::head)
                .isInstanceOf(ProtocolException.class)
                .hasMessage("not an HTTP/1.x status line: SSH-2.0-OpenSSH_9.6");
    }

    @Test
    void shouldKeepEveryValueOfARepeatedHeaderInOrder() throws IOException {
        HttpHead head = reader("HTTP/1.1 200 OK\r\nVary: Accept\r\nvary: Accept-Language\r\n\r\n", 100)
                .head();

        assertThat(head.all("VARY")).isEqualTo(List.of("Accept", "Accept-Language"));
    }

    private static ResponseReader reader(String response, long maxBytes) {
        return new ResponseReader(new ByteArrayInputStream(response.getBytes(StandardCharsets.ISO_8859_1)), maxBytes);
    }
}
