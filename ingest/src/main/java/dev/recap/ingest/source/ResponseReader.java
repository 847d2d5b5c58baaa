package dev.recap.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.1 response from a stream: the status line and headers (interim 1xx responses skipped),
 * then a body framed by chunked encoding, a Content-Length, or the end of the connection, and never more
 * than {@code maxBytes} of it. A body declared over the cap is refused before it is read.
 */
final class ResponseReader {

    /** The body is larger than the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("the body is larger than the cap");
        }
    }

    private static final int MAX_LINE_BYTES = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
    private static final Pattern HEADER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*(.*?)[ \\t]*");
    private final InputStream in;
    private final long maxBytes;

    ResponseReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8L);
    }

    /** The status and headers of the final response. */
    HttpHead head() throws IOException {
        while (true) {
            HttpHead head = readHead();
            if (head.status() >= 200 || head.status() == 101) {
                return head;
            }
        }
    }

    /** The body of the response whose head is {@code head}. */
    byte[] body(HttpHead head) throws IOException {
        if (head.status() == 204 || head.status() == 304) {
            return new byte[0];
        }
        List<String> codings = head.all("Transfer-Encoding");
        if (!codings.isEmpty()) {
            String last = codings.get(codings.size() - 1);
            String[] parts = last.split(",");
            boolean chunked =
                    parts[parts.length - 1].strip().toLowerCase(Locale.ROOT).equals("chunked");
            return chunked ? chunked() : untilClose();
        }
        long length = contentLength(head);
        return length >= 0 ? fixed(length) : untilClose();
    }

    private HttpHead readHead() throws IOException {
        String statusLine = line();
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            throw new ProtocolException("not an HTTP/1.x status line: " + shorten(statusLine));
        }
        TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String lastName = null;
        int total = 0;
        for (String line = line(); !line.isEmpty(); line = line()) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new ProtocolException("the response headers are over " + MAX_HEADER_BYTES + " bytes");
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
                List<String> values = headers.get(lastName); // obsolete line folding: continues the last value
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                throw new ProtocolException("malformed response header: " + shorten(line));
            }
            lastName = header.group(1);
            headers.computeIfAbsent(lastName, n -> new ArrayList<>()).add(header.group(2));
        }
        return HttpHead.of(Integer.parseInt(status.group(1)), headers);
    }

    private long contentLength(HttpHead head) throws ProtocolException {
        long length = -1;
        for (String value : head.all("Content-Length")) {
            for (String part : value.split(",")) {
                String digits = part.strip();
                if (!digits.matches("\\d{1,18}") || (length >= 0 && Long.parseLong(digits) != length)) {
                    throw new ProtocolException("invalid Content-Length: " + shorten(value));
                }
                length = Long.parseLong(digits);
            }
        }
        return length;
    }

    private byte[] fixed(long length) throws IOException {
        if (length > maxBytes) {
            throw new TooLargeException();
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new ProtocolException("the response ended before its Content-Length of " + length + " bytes");
        }
        return body;
    }

    private byte[] untilClose() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8_192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            append(out, buffer, n);
        }
        return out.toByteArray();
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            String hex = sizeLine.split(";", 2)[0].strip();
            if (!hex.matches("[0-9A-Fa-f]{1,15}")) {
                throw new ProtocolException("malformed chunk size: " + shorten(sizeLine));
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers carry nothing we use
                }
                return out.toByteArray();
            }
            if (out.size() + size > maxBytes) {
                throw new TooLargeException();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new ProtocolException("the response ended inside a chunk");
            }
            out.write(chunk, 0, chunk.length);
            if (!line().isEmpty()) {
                throw new ProtocolException("a chunk is longer than its declared size");
            }
        }
    }

    private void append(ByteArrayOutputStream out, byte[] buffer, int n) throws TooLargeException {
        if (out.size() + (long) n > maxBytes) {
            throw new TooLargeException();
        }
        out.write(buffer, 0, n);
    }

    // A line up to LF, without its CR LF; bytes are ISO-8859-1 as HTTP headers are.
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new ProtocolException("the connection closed before the response was complete");
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new ProtocolException("a response line is over " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
