package dev.recap.ingest.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Fetches http(s) URLs safely for ingest: every URL, and every redirect target, is checked by the
 * {@link AddressGuard} before a request; redirects are bounded; connecting and the whole response are
 * time-limited; bodies stop at the size cap; requests are conditional when validators are given and
 * carry Recap's User-Agent. Messages name URLs without credentials or query strings.
 */
public final class SafeFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpClient client;

    public SafeFetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    SafeFetcher(FetchSettings settings, AddressGuard.Resolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = new AddressGuard(settings.allowPrivate(), resolver);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** The body at {@code url}, fetched unconditionally. */
    public Fetched.Body fetch(String url) throws FetchException, InterruptedException {
        return (Fetched.Body) fetch(url, Fetched.Validators.NONE);
    }

    /** The body at {@code url}, or {@link Fetched.NotModified} when {@code validators} still hold. */
    public Fetched fetch(String url, Fetched.Validators validators) throws FetchException, InterruptedException {
        URI current = parse(url);
        for (int hop = 0; ; hop++) {
            guard.check(current);
            HttpResponse<byte[]> response = send(request(current, validators), current);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(
                            "refused " + Redaction.of(url(url)) + ": more than " + settings.maxRedirects()
                                    + " redirects",
                            true);
                }
                current = current.resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() ->
                                new FetchException("redirect without Location from " + Redaction.of(url(url)), false)));
            } else if (status == 304) {
                return new Fetched.NotModified();
            } else if (status >= 200 && status < 300) {
                return new Fetched.Body(current, response.body(), validatorsOf(response));
            } else {
                throw new FetchException("HTTP " + status + " from " + Redaction.of(current), false);
            }
        }
    }

    private HttpRequest request(URI uri, Fetched.Validators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header(
                        "Accept",
                        "application/rss+xml, application/atom+xml, application/xml, text/calendar,"
                                + " text/html;q=0.9, text/*;q=0.8, */*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, URI uri) throws FetchException, InterruptedException {
        String shown = Redaction.of(uri);
        AtomicReference<FetchException> overflow = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, info -> body(info, shown, overflow::set));
        try {
            return response.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut(shown, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (overflow.get() != null) {
                throw overflow.get();
            }
            if (cause instanceof FetchException fetch) {
                throw fetch;
            }
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(shown, cause);
            }
            throw new FetchException("cannot fetch " + shown + ": " + cause, cause);
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(
            HttpResponse.ResponseInfo info, String shown, Consumer<FetchException> onOverflow) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(settings.maxBytes(), declared, shown, onOverflow);
    }

    private FetchException timedOut(String shown, Throwable cause) {
        return new FetchException(
                "timed out fetching " + shown + " (no complete response within "
                        + settings.readTimeout().toMillis() + " ms)",
                cause);
    }

    private static Fetched.Validators validatorsOf(HttpResponse<?> response) {
        return new Fetched.Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static URI parse(String url) throws FetchException {
        try {
            return new URI(Objects.requireNonNull(url, "url").strip());
        } catch (java.net.URISyntaxException e) {
            throw new FetchException("refused a malformed URL: " + e.getReason(), true);
        }
    }

    private static URI url(String url) {
        return URI.create(url.strip());
    }
}
