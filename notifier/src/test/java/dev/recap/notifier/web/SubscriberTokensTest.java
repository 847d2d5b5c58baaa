package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.notifier.web.SubscriberTokens.Purpose;
import dev.recap.notifier.web.SubscriberTokens.Refusal;
import dev.recap.notifier.web.SubscriberTokens.TokenCheck;
import dev.recap.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberTokensTest {

    static final byte[] SECRET = "0123456789abcdef0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2023-04-21T07:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final SubscriberTokens tokens = new SubscriberTokens(SECRET, clock);

    @Test
    void shouldGiveBackTheSubscriberIdOfAGenuineToken() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, "s-0123456789abcdef");

        TokenCheck check = tokens.verify(Purpose.UNSUBSCRIBE, token);

        assertThat(check).isEqualTo(new TokenCheck(Optional.of("s-0123456789abcdef"), Optional.empty()));
        assertThat(check.isValid()).isTrue();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void shouldKeepIdsWithSeparatorsIntact() {
        String token = tokens.issue(Purpose.CONFIRM, "odd|id.with|pipes");

        assertThat(tokens.verify(Purpose.CONFIRM, token).subscriberId()).contains("odd|id.with|pipes");
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        SubscriberTokens other = new SubscriberTokens(
                "another-secret-another-secret-another-secret".getBytes(StandardCharsets.UTF_8), clock);
        String forged = other.issue(Purpose.UNSUBSCRIBE, "s-0123456789abcdef");

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, forged).refusal()).contains(Refusal.BAD_SIGNATURE);
    }

    @Test
    void shouldRefuseATokenWhoseIdWasChanged() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, "s-0123456789abcdef");
        String signature = token.substring(token.indexOf('.') + 1);
        long expiry = NOW.plus(SubscriberTokens.UNSUBSCRIBE_VALIDITY).getEpochSecond();
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("v1|UNSUBSCRIBE|" + expiry + "|s-ffffffffffffffff").getBytes(StandardCharsets.UTF_8));

        TokenCheck check = tokens.verify(Purpose.UNSUBSCRIBE, otherPayload + "." + signature);

        assertThat(check.refusal()).contains(Refusal.BAD_SIGNATURE);
        assertThat(check.subscriberId()).isEmpty();
    }

    @Test
    void shouldRefuseATokenOfTheOtherPurpose() {
        String confirm = tokens.issue(Purpose.CONFIRM, "s-0123456789abcdef");

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, confirm).refusal()).contains(Refusal.WRONG_PURPOSE);
    }

    @Test
    void shouldRefuseAConfirmTokenAfter48Hours() {
        String token = tokens.issue(Purpose.CONFIRM, "s-0123456789abcdef");

        clock.advance(Duration.ofHours(48).minusSeconds(1));
        TokenCheck justInTime = tokens.verify(Purpose.CONFIRM, token);
        clock.advance(Duration.ofSeconds(1));
        TokenCheck late = tokens.verify(Purpose.CONFIRM, token);

        assertThat(justInTime.isValid()).isTrue();
        assertThat(late.refusal()).contains(Refusal.EXPIRED);
    }

    @Test
    void shouldKeepUnsubscribeTokensValidForAYear() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, "s-0123456789abcdef");

        clock.advance(Duration.ofDays(364));
        TokenCheck withinAYear = tokens.verify(Purpose.UNSUBSCRIBE, token);
        clock.advance(Duration.ofDays(1));
        TokenCheck afterAYear = tokens.verify(Purpose.UNSUBSCRIBE, token);

        assertThat(withinAYear.isValid()).isTrue();
        assertThat(afterAYear.refusal()).contains(Refusal.EXPIRED);
    }

    @Test
    void shouldRefuseMalformedTokensWithoutThrowing() {
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, null).refusal()).contains(Refusal.MALFORMED);
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "").refusal()).contains(Refusal.MALFORMED);
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "no-dot").refusal()).contains(Refusal.MALFORMED);
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "a.b.c").refusal()).contains(Refusal.MALFORMED);
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "%%%.***").refusal()).contains(Refusal.MALFORMED);
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, "a".repeat(2000) + ".b").refusal())
                .contains(Refusal.MALFORMED);
    }

    @Test
    void shouldRefuseASecretShorterThan32BytesNamingTheVariableAndHowToMakeOne() {
        assertThatThrownBy(() -> SubscriberTokens.fromEnvironment(
                        Map.of(SubscriberTokens.SECRET_ENV, "too-short"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_TOKEN_SECRET must be at least 32 bytes long, was 9; "
                        + "generate one with: openssl rand -base64 48");
    }

    @Test
    void shouldSignWithTheConfiguredSecret() {
        SubscriberTokens configured = SubscriberTokens.fromEnvironment(
                Map.of(SubscriberTokens.SECRET_ENV, new String(SECRET, StandardCharsets.UTF_8)), clock);

        String token = configured.issue(Purpose.UNSUBSCRIBE, "s-1");

        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token).subscriberId()).contains("s-1");
    }

    @Test
    void shouldShareOneEphemeralSecretWithinTheProcessWhenNoneIsConfigured() {
        SubscriberTokens notifier = SubscriberTokens.fromEnvironment(Map.of(), clock);
        SubscriberTokens web = SubscriberTokens.ephemeral(clock);

        String token = notifier.issue(Purpose.UNSUBSCRIBE, "s-1");

        assertThat(web.verify(Purpose.UNSUBSCRIBE, token).subscriberId()).contains("s-1");
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token).refusal()).contains(Refusal.BAD_SIGNATURE);
        assertThat(web.toString()).isEqualTo("SubscriberTokens[secret redacted]");
    }
}
