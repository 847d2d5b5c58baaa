package dev.recap.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A socket's input where every read waits at most until one deadline, so a server that trickles bytes
 * cannot hold a fetch beyond it; an interrupt is noticed before each read.
 */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final long deadlineNanos;

    DeadlineInputStream(Socket socket, long deadlineNanos) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        waitAtMostUntilTheDeadline();
        return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        waitAtMostUntilTheDeadline();
        return super.read(buffer, offset, length);
    }

    private void waitAtMostUntilTheDeadline() throws IOException {
        if (Thread.interrupted()) {
            throw new InterruptedIOException("interrupted while reading the response");
        }
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remaining <= 0) {
            throw new SocketTimeoutException("the response did not complete in time");
        }
        socket.setSoTimeout((int) Math.min(remaining, Integer.MAX_VALUE));
    }
}
