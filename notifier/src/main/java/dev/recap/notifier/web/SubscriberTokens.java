package dev.recap.notifier.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues and verifies the signed tokens of unsubscribe and confirmation links: HMAC-SHA256 over a purpose,
 * a subscriber id and an expiry, in base64url without padding. Verification compares signatures in
 * constant time and names why a token is refused (for logs and metrics, never for the visitor).
 */
public final class SubscriberTokens {

    /** What a token allows; a token of one purpose is refused for the other. */
    public enum Purpose {
        UNSUBSCRIBE,
        CONFIRM
    }

    /** Why a token is refused. */
    public enum Refusal {
        MALFORMED,
        BAD_SIGNATURE,
        WRONG_PURPOSE,
        EXPIRED
    }

    /** The environment variable holding the signing secret. */
    public static final String SECRET_ENV = "RECAP_TOKEN_SECRET";
    /** The shortest secret accepted, in bytes (UTF-8 bytes of the variable's value). */
    public static final int MIN_SECRET_BYTES = 32;
    /** How long an unsubscribe link works: a year, since people unsubscribe from old emails. */
    public static final Duration UNSUBSCRIBE_VALIDITY = Duration.ofDays(365);
    /** How long a confirmation link works. */
    public static final Duration CONFIRM_VALIDITY = Duration.ofHours(48);
    /** Longer strings are refused before any decoding. */
    static final int MAX_TOKEN_CHARS = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberTokens.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int EPHEMERAL_SECRET_BYTES = 48;

    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * Tokens signed with {@code secret}.
     *
     * @throws IllegalArgumentException when the secret is shorter than {@link #MIN_SECRET_BYTES}
     */
    public SubscriberTokens(byte[] secret, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(SECRET_ENV + " must be at least " + MIN_SECRET_BYTES
                    + " bytes long, was " + secret.length + "; generate one with: openssl rand -base64 48");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Tokens signed with {@code RECAP_TOKEN_SECRET} of {@code env}, or {@link #ephemeral(Clock)} when it is
     * unset or blank.
     *
     * @throws IllegalArgumentException when the secret is set but too short
     */
    public static SubscriberTokens fromEnvironment(Map<String, String> env, Clock clock) {
        String secret = env.get(SECRET_ENV);
        if (secret == null || secret.isBlank()) {
            return ephemeral(clock);
        }
        return new SubscriberTokens(secret.strip().getBytes(StandardCharsets.UTF_8), clock);
    }

    /**
     * Tokens signed with a random secret made once per JVM (so the notifier and the web server of one demo
     * process agree); links stop working when the process restarts, which a WARN says on first use.
     */
    public static SubscriberTokens ephemeral(Clock clock) {
        return new SubscriberTokens(EphemeralSecret.BYTES, clock);
    }

    /** A token for {@code purpose} and {@code subscriberId}, valid for that purpose's validity from now. */
    public String issue(Purpose purpose, String subscriberId) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Instant expires = clock.instant().plus(validity(purpose));
        byte[] payload = (VERSION + "|" + purpose.name() + "|" + expires.getEpochSecond() + "|" + subscriberId)
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The subscriber id {@code token} was issued for, when it is genuine, of {@code purpose} and not expired. */
    public TokenCheck verify(Purpose purpose, String token) {
        Objects.requireNonNull(purpose, "purpose");
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return TokenCheck.refused(Refusal.MALFORMED);
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return TokenCheck.refused(Refusal.MALFORMED);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return TokenCheck.refused(Refusal.MALFORMED);
        }
        // Signature first: nothing of an unsigned payload is trusted, not even its purpose.
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            return TokenCheck.refused(Refusal.BAD_SIGNATURE);
        }
        return check(purpose, new String(payload, StandardCharsets.UTF_8));
    }

    private TokenCheck check(Purpose purpose, String payload) {
        String[] fields = payload.split("\\|", 4);
        if (fields.length != 4 || !VERSION.equals(fields[0]) || fields[3].isEmpty()) {
            return TokenCheck.refused(Refusal.MALFORMED);
        }
        if (!purpose.name().equals(fields[1])) {
            return TokenCheck.refused(Refusal.WRONG_PURPOSE);
        }
        long expires;
        try {
            expires = Long.parseLong(fields[2]);
        } catch (NumberFormatException e) {
            return TokenCheck.refused(Refusal.MALFORMED);
        }
        if (clock.instant().getEpochSecond() >= expires) {
            return TokenCheck.refused(Refusal.EXPIRED);
        }
        return TokenCheck.valid(fields[3]);
    }

    private static Duration validity(Purpose purpose) {
        return purpose == Purpose.UNSUBSCRIBE ? UNSUBSCRIBE_VALIDITY : CONFIRM_VALIDITY;
    }

    private byte[] sign(byte[] payload) {
        try {
            // Mac instances are not thread-safe and cheap to make: one per call.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return "SubscriberTokens[secret redacted]";
    }

    /** The outcome of {@link #verify}: the subscriber id, or why the token is refused. */
    public record TokenCheck(Optional<String> subscriberId, Optional<Refusal> refusal) {

        public TokenCheck {
            Objects.requireNonNull(subscriberId, "subscriberId");
            Objects.requireNonNull(refusal, "refusal");
            if (subscriberId.isPresent() == refusal.isPresent()) {
                throw new IllegalArgumentException("A token check has a subscriber id or a refusal, not both");
            }
        }

        static TokenCheck valid(String subscriberId) {
            return new TokenCheck(Optional.of(subscriberId), Optional.empty());
        }

        static TokenCheck refused(Refusal refusal) {
            return new TokenCheck(Optional.empty(), Optional.of(refusal));
        }

        public boolean isValid() {
            return subscriberId.isPresent();
        }
    }

    /** Made on first use only, so that a configured secret never causes the warning. */
    private static final class EphemeralSecret {
        static final byte[] BYTES = generate();

        private static byte[] generate() {
            byte[] secret = new byte[EPHEMERAL_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            LOG.warn(
                    "{} is not set: signing links with a random secret; unsubscribe and confirmation links will "
                            + "stop working after a restart. Set it to the output of: openssl rand -base64 48",
                    SECRET_ENV);
            return secret;
        }
    }
}
