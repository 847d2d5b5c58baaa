package dev.recap.notifier.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Socket factories for SMTP with Nagle's algorithm off. Without TCP_NODELAY the short line that ends a
 * message (".") waits for the server's delayed ACK of the body, about 40 ms on Linux, so every message
 * paid 40 ms of nothing: MailBenchmark measured 160 emails/s over 8 connections, capped by exactly that.
 */
final class NoDelaySockets {

    private NoDelaySockets() {}

    /**
     * Plain sockets for every mode: Jakarta Mail (Angus) lays TLS over the socket this factory makes, for
     * STARTTLS and for SMTPS alike, so the setting holds under TLS too.
     */
    static SocketFactory plain() {
        return new Plain(SocketFactory.getDefault());
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static final class Plain extends SocketFactory {
        private final SocketFactory sockets;

        Plain(SocketFactory sockets) {
            this.sockets = sockets;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(sockets.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(sockets.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(sockets.createSocket(address, port, localAddress, localPort));
        }
    }
}
