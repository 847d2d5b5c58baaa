package dev.recap.notifier.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberChangesTest {

    private static final Instant SIGNED_UP = Instant.parse("2023-04-21T07:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2023-04-22T08:00:00Z");
    private final SignUp signUp = SignUp.of("ada@example.org", "Ada", "fr", List.of("wasm"));

    @Test
    void shouldMakeANewSubscriberPendingWithoutConsent() {
        Subscriber pending = SubscriberChanges.pending(Optional.empty(), signUp, SIGNED_UP);

        assertThat(pending)
                .isEqualTo(Subscriber.newBuilder()
                        .setId(SubscriberIds.forEmail("ada@example.org"))
                        .setEmail("ada@example.org")
                        .setName("Ada")
                        .setLocale("fr")
                        .setThemes(List.of("wasm"))
                        .setChannels(List.of(Channel.EMAIL))
                        .setStatus(SubscriberStatus.PENDING)
                        .setUpdatedAt(Instant.parse("2023-04-21T07:00:00.123Z"))
                        .build());
    }

    @Test
    void shouldActivateWithConsentAndUnsubscribeKeepingTheRecord() {
        Subscriber pending = SubscriberChanges.pending(Optional.empty(), signUp, SIGNED_UP);

        Subscriber active = SubscriberChanges.activated(pending, LATER);
        Subscriber gone = SubscriberChanges.unsubscribed(active, LATER.plusSeconds(60));

        assertThat(active.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(active.getConsentedAt()).isEqualTo(LATER);
        assertThat(active.getUpdatedAt()).isEqualTo(LATER);
        assertThat(gone.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(gone.getUnsubscribedAt()).isEqualTo(LATER.plusSeconds(60));
        assertThat(gone.getConsentedAt()).isEqualTo(LATER);
        assertThat(gone.getEmail()).isEqualTo("ada@example.org");
    }

    @Test
    void shouldKeepOtherChannelsAndThePastUnsubscriptionWhenSigningUpAgain() {
        Subscriber before = SubscriberChanges.pending(Optional.empty(), signUp, SIGNED_UP);
        before.setChannels(List.of(Channel.SLACK));
        before.setSlackChannel("team");
        Subscriber gone = SubscriberChanges.unsubscribed(before, LATER);

        Subscriber again = SubscriberChanges.pending(Optional.of(gone), signUp, LATER.plusSeconds(5));

        assertThat(again.getStatus()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(again.getChannels()).containsExactly(Channel.SLACK, Channel.EMAIL);
        assertThat(again.getSlackChannel()).isEqualTo("team");
        assertThat(again.getUnsubscribedAt()).isEqualTo(LATER);
        assertThat(again.getConsentedAt()).isNull();
    }
}
