package dev.recap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The baseline of {@link MailBenchmark}: Postfix's {@code smtp-source} sending the same number of messages of
 * about the same size over the same number of parallel connections to the same sink, each connection kept
 * for several messages ({@code -d}) as the notifier's are. What SMTP on loopback costs with no rendering and
 * no Kafka.
 */
final class MailSourceBaseline {

    static final Path SMTP_SOURCE = Path.of("/usr/sbin/smtp-source");
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private MailSourceBaseline() {}

    /**
     * Runs {@code smtp-source} to completion; returns the nanoseconds from its start to its exit.
     *
     * @throws IOException when it cannot start, exits with an error or takes longer than 15 minutes
     */
    static long send(int port, int messages, int connections, int payloadBytes)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("recap-bench-smtp-source-", ".out");
        try {
            List<String> command = List.of(
                    SMTP_SOURCE.toString(),
                    "-d",
                    "-s",
                    String.valueOf(connections),
                    "-l",
                    String.valueOf(payloadBytes),
                    "-m",
                    String.valueOf(messages),
                    "-M",
                    "localhost",
                    "-f",
                    "digest@recap.local",
                    "-t",
                    "reader@example.org",
                    MailSink.LOOPBACK + ":" + port);
            long began = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IOException("smtp-source did not finish within " + TIMEOUT);
            }
            long nanos = System.nanoTime() - began;
            if (process.exitValue() != 0) {
                throw new IOException("smtp-source exited with " + process.exitValue() + ": "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
            return nanos;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
