package dev.recap.ingest.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches http(s) URLs safely for ingest: the host of every URL, and of every redirect target, is resolved
 * once and checked by the {@link AddressGuard}, and the request goes to those checked addresses only (a
 * name that resolves elsewhere a second time cannot redirect it: no DNS rebinding), with the URL's host as
 * {@code Host}, SNI and certificate name. Redirects are bounded; connecting and the whole response are
 * time-limited; bodies stop at the size cap; requests are conditional when validators are given and carry
 * Recap's User-Agent. Messages name URLs without credentials or query strings. A blocked read notices an
 * interrupt at the latest when the read timeout ends it.
 */
public final class SafeFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final Supplier<SSLSocketFactory> tls;

    public SafeFetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    SafeFetcher(FetchSettings settings, AddressGuard.Resolver resolver) {
        this(settings, new AddressGuard(settings.allowPrivate(), resolver), SafeFetcher::defaultTls);
    }

    SafeFetcher(FetchSettings settings, AddressGuard guard, Supplier<SSLSocketFactory> tls) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.tls = Objects.requireNonNull(tls, "tls");
    }

    /** The body at {@code url}, fetched unconditionally. */
    public Fetched.Body fetch(String url) throws FetchException, InterruptedException {
        return (Fetched.Body) fetch(url, Fetched.Validators.NONE);
    }

    /** The body at {@code url}, or {@link Fetched.NotModified} when {@code validators} still hold. */
    public Fetched fetch(String url, Fetched.Validators validators) throws FetchException, InterruptedException {
        URI current = parse(url);
        for (int hop = 0; ; hop++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("fetch of " + Redaction.of(current) + " interrupted");
            }
            List<InetAddress> addresses = guard.check(current);
            Response response = exchange(current, addresses, validators);
            int status = response.head().status();
            if (REDIRECTS.contains(status)) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(
                            "refused " + Redaction.of(url(url)) + ": more than " + settings.maxRedirects()
                                    + " redirects",
                            true);
                }
                current = redirectTarget(current, response.head(), url);
            } else if (status == 304) {
                return new Fetched.NotModified();
            } else if (response.head().success()) {
                return new Fetched.Body(current, response.body(), validatorsOf(response.head()));
            } else {
                throw new FetchException("HTTP " + status + " from " + Redaction.of(current), false);
            }
        }
    }

    private Response exchange(URI uri, List<InetAddress> addresses, Fetched.Validators validators)
            throws FetchException, InterruptedException {
        String shown = Redaction.of(uri);
        try (PinnedConnection connection = open(uri, addresses, shown)) {
            connection.send(GetRequest.of(uri, settings.userAgent(), validators));
            ResponseReader reader = new ResponseReader(connection.input(), settings.maxBytes());
            HttpHead head = reader.head();
            // only a 2xx body is used: redirects and errors are answered from their status and headers
            return new Response(head, head.success() ? reader.body(head) : new byte[0]);
        } catch (FetchException e) {
            throw e;
        } catch (ResponseReader.TooLargeException e) {
            throw new FetchException(shown + " is larger than the cap of " + settings.maxBytes() + " bytes", false);
        } catch (SocketTimeoutException e) {
            throw new FetchException(
                    "timed out fetching " + shown + " (no complete response within "
                            + settings.readTimeout().toMillis() + " ms)",
                    e);
        } catch (InterruptedIOException e) {
            throw interrupted(shown, e);
        } catch (IOException e) {
            throw new FetchException("cannot fetch " + shown + ": " + e, e);
        }
    }

    private PinnedConnection open(URI uri, List<InetAddress> addresses, String shown)
            throws FetchException, InterruptedException {
        try {
            return PinnedConnection.open(
                    uri, addresses, settings.connectTimeout(), settings.readTimeout(), tlsFor(uri));
        } catch (SocketTimeoutException e) {
            throw new FetchException(
                    "timed out connecting to " + shown + " (no connection within "
                            + settings.connectTimeout().toMillis() + " ms)",
                    e);
        } catch (InterruptedIOException e) {
            throw interrupted(shown, e);
        } catch (IOException e) {
            throw new FetchException("cannot connect to " + shown + ": " + e, e);
        }
    }

    private static InterruptedException interrupted(String shown, InterruptedIOException cause) {
        InterruptedException interrupted = new InterruptedException("fetch of " + shown + " interrupted");
        interrupted.initCause(cause);
        return interrupted;
    }

    private SSLSocketFactory tlsFor(URI uri) {
        return uri.getScheme().equalsIgnoreCase("https") ? tls.get() : null;
    }

    private static URI redirectTarget(URI current, HttpHead head, String url) throws FetchException {
        String location = head.first("Location")
                .orElseThrow(
                        () -> new FetchException("redirect without Location from " + Redaction.of(url(url)), false));
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new FetchException(
                    "refused a malformed redirect from " + Redaction.of(current) + ": " + e.getReason(), true);
        }
    }

    private static Fetched.Validators validatorsOf(HttpHead head) {
        return new Fetched.Validators(
                head.first("ETag").orElse(null), head.first("Last-Modified").orElse(null));
    }

    private static SSLSocketFactory defaultTls() {
        return (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    private static URI parse(String url) throws FetchException {
        try {
            return new URI(Objects.requireNonNull(url, "url").strip());
        } catch (URISyntaxException e) {
            throw new FetchException("refused a malformed URL: " + e.getReason(), true);
        }
    }

    private static URI url(String url) {
        return URI.create(url.strip());
    }

    private record Response(HttpHead head, byte[] body) {}
}
