package dev.recap.ingest.source;

import java.net.URI;
import java.util.Objects;

/** The answer to a (conditional) fetch: a body with its validators, or "not modified since last time". */
public sealed interface Fetched permits Fetched.Body, Fetched.NotModified {

    /** A 2xx response: where it was finally found (after redirects), its bytes and validators. */
    record Body(URI uri, byte[] bytes, Validators validators) implements Fetched {
        public Body {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** A 304: nothing changed since the validators sent. */
    record NotModified() implements Fetched {}

    /** The {@code ETag} and {@code Last-Modified} of a response, either {@code null}, sent back on the next poll. */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }
}
