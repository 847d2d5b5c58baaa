package dev.recap.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One connection to the addresses the {@link AddressGuard} checked, never to a name resolved again: tried
 * in order within the connect timeout, without any proxy; for {@code https}, TLS on top with the URL's host
 * name as SNI and as the name the certificate must hold. Reads share one deadline for the whole response.
 */
final class PinnedConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    private PinnedConnection(Socket socket, long deadlineNanos) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(new DeadlineInputStream(socket, deadlineNanos), 8_192);
    }

    /**
     * Connects to one of {@code addresses} for {@code uri}, TLS handshake included, within {@code
     * connectTimeout}; the response must then be complete within {@code responseTimeout}.
     */
    static PinnedConnection open(
            URI uri,
            List<InetAddress> addresses,
            Duration connectTimeout,
            Duration responseTimeout,
            SSLSocketFactory tls)
            throws IOException {
        boolean https = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        long connectDeadline = System.nanoTime() + connectTimeout.toNanos();
        Socket plain = connect(addresses, port, connectDeadline);
        try {
            Socket socket = https
                    ? handshake(plain, AddressGuard.unbracketed(uri.getHost()), port, tls, connectDeadline)
                    : plain;
            return new PinnedConnection(socket, System.nanoTime() + responseTimeout.toNanos());
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    InputStream input() {
        return in;
    }

    void send(byte[] request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
        IOException failure = null;
        for (InetAddress address : addresses) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0) {
                break;
            }
            // NO_PROXY: a SOCKS proxy set in system properties would resolve the name itself
            Socket socket = new Socket(Proxy.NO_PROXY);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) Math.min(remaining, Integer.MAX_VALUE));
                return socket;
            } catch (IOException e) {
                socket.close();
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure != null ? failure : new SocketTimeoutException("connect timed out");
    }

    private static Socket handshake(Socket plain, String host, int port, SSLSocketFactory tls, long deadline)
            throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        // the certificate must name the host of the URL, whatever address we connected to
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        sniName(host).ifPresent(name -> parameters.setServerNames(List.of(name)));
        socket.setSSLParameters(parameters);
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new SocketTimeoutException("no time left for the TLS handshake");
        }
        socket.setSoTimeout((int) Math.min(remaining, Integer.MAX_VALUE));
        socket.startHandshake();
        return socket;
    }

    private static Optional<SNIHostName> sniName(String host) {
        if (host.indexOf(':') >= 0 || host.matches("[0-9.]+")) {
            return Optional.empty(); // IP literals are not sent as SNI
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
