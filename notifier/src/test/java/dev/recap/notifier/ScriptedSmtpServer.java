package dev.recap.notifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server on loopback whose replies follow a script, for what GreenMail cannot do:
 * refusing a mailbox for good ({@code 550}) or deferring a message ({@code 451}) a given number of times.
 * Records every message it accepted, by recipient.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, String> refusedMailboxes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deferrals = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** {@code RCPT TO} this address gets {@code reply} (such as "550 5.1.1 No such user"). */
    ScriptedSmtpServer refuse(String address, String reply) {
        refusedMailboxes.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** The first {@code times} messages to this address get "451 4.3.0 Try again later" after DATA. */
    ScriptedSmtpServer defer(String address, int times) {
        deferrals.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
        return this;
    }

    /** The recipients of every accepted message, in order. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT TO")) {
                    String address = address(line);
                    String refusal = refusedMailboxes.get(address);
                    if (refusal != null) {
                        reply(out, refusal);
                    } else {
                        recipients.add(address);
                        reply(out, "250 2.1.5 Ok");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message body is not kept
                    }
                    reply(out, afterData(recipients));
                } else if (command.equals("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 Ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private String afterData(List<String> recipients) {
        for (String r : recipients) {
            AtomicInteger left = deferrals.get(r);
            if (left != null && left.getAndDecrement() > 0) {
                return "451 4.3.0 Try again later";
            }
        }
        accepted.addAll(recipients);
        return "250 2.0.0 Queued";
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>');
        return rcpt.substring(open + 1, close).toLowerCase(Locale.ROOT);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
