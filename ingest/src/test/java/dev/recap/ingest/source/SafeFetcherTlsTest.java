package dev.recap.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS to a pinned address: the connection goes to the address the guard checked, while TLS still
 * names (SNI) and verifies (certificate) the host of the URL. The server's certificate names feeds.test.
 */
class SafeFetcherTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private HttpsServer server;
    private SSLContext trustingTheTestCertificate;

    @TempDir
    Path work;

    @BeforeEach
    void start() throws Exception {
        KeyStore keys = certificateFor("feeds.test");
        SSLContext serverTls = SSLContext.getInstance("TLS");
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = serverTls.getDefaultSSLParameters();
                parameters.setSNIMatchers(List.of(new RecordingMatcher()));
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/feed.xml", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        trustingTheTestCertificate = SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, trust.getTrustManagers(), null);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldFetchOverTlsFromTheCheckedAddressNamingTheUrlsHost() throws Exception {
        int port = server.getAddress().getPort();

        Fetched.Body body = fetcher().fetch("https://feeds.test:" + port + "/feed.xml");

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(serverNames).containsExactly("feeds.test");
        assertThat(hostHeaders).containsExactly("feeds.test:" + port);
    }

    @Test
    void shouldRefuseACertificateThatDoesNotNameTheUrlsHost() {
        String url = "https://other.test:" + server.getAddress().getPort() + "/feed.xml";

        assertThatThrownBy(() -> fetcher().fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("cannot connect to " + url + ": javax.net.ssl.SSLHandshakeException")
                .hasMessageContaining("other.test");
        assertThat(hostHeaders).isEmpty();
    }

    // Whatever the name, the address is the loopback test server: only the guard's answer is used.
    private SafeFetcher fetcher() {
        AddressGuard guard = new AddressGuard(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        return new SafeFetcher(
                FetchSettings.defaults().withAllowPrivate(true), guard, trustingTheTestCertificate::getSocketFactory);
    }

    private KeyStore certificateFor(String host) throws Exception {
        Path store = work.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + host,
                        "-ext",
                        "SAN=dns:" + host,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(PASSWORD),
                        "-keypass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(keytool.exitValue()).as("keytool: %s", output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        return keys;
    }

    /** Accepts any server name the client sends, and remembers it. */
    private final class RecordingMatcher extends SNIMatcher {
        RecordingMatcher() {
            super(StandardConstants.SNI_HOST_NAME);
        }

        @Override
        public boolean matches(SNIServerName name) {
            serverNames.add(((SNIHostName) name).getAsciiName());
            return true;
        }
    }
}
