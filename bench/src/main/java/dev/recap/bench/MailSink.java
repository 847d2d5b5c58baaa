package dev.recap.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postfix's {@code smtp-sink} as a child process on a free loopback port: it accepts every message and
 * throws it away, counting the messages it received ({@code -c}) into a temporary file. {@link #close()}
 * stops it and deletes the file.
 */
final class MailSink implements AutoCloseable {

    static final Path SMTP_SINK = Path.of("/usr/sbin/smtp-sink");
    static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_WITHIN = Duration.ofSeconds(10);
    // enough for every connection of the notifier and of smtp-source at once
    private static final int BACKLOG = 256;
    private static final Pattern MESSAGES = Pattern.compile("mesg=(\\d+)");
    private static final int TAIL_BYTES = 200;

    private final Process process;
    private final int port;
    private final Path counters;

    private MailSink(Process process, int port, Path counters) {
        this.process = process;
        this.port = port;
        this.counters = counters;
    }

    /** Starts the sink and waits until it accepts connections. */
    static MailSink start() throws IOException, InterruptedException {
        int port = freePort();
        Path counters = Files.createTempFile("recap-bench-smtp-sink-", ".out");
        List<String> command = new ArrayList<>(List.of(SMTP_SINK.toString(), "-c"));
        if ("root".equals(System.getProperty("user.name"))) {
            // smtp-sink refuses to run as root: it drops to this user once its socket is open
            command.addAll(List.of("-u", "nobody"));
        }
        command.addAll(List.of(LOOPBACK + ":" + port, String.valueOf(BACKLOG)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(counters.toFile())
                .start();
        MailSink sink = new MailSink(process, port, counters);
        try {
            sink.awaitReady();
        } catch (IOException | RuntimeException e) {
            sink.close();
            throw e;
        }
        return sink;
    }

    int port() {
        return port;
    }

    /** How many messages the sink has received so far (its last {@code -c} counter line). */
    long messagesReceived() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(counters.toFile(), "r")) {
            long from = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            Matcher m = MESSAGES.matcher(new String(tail, StandardCharsets.US_ASCII));
            long last = 0;
            while (m.find()) {
                last = Long.parseLong(m.group(1));
            }
            return last;
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("smtp-sink exited with " + process.exitValue() + ": "
                        + Files.readString(counters, StandardCharsets.UTF_8).strip());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(LOOPBACK, port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(String.format(
                            Locale.ROOT, "smtp-sink did not listen on %s:%d within %s", LOOPBACK, port, READY_WITHIN));
                }
                Thread.sleep(20);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(counters);
    }
}
