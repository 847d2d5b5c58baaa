package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberChangeTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void shouldCreateAnActiveEmailSubscriberConsentedNow() throws Exception {
        Subscriber created = SubscriberChange.apply(null, request("ada@example.org", null, null), MONDAY);

        assertThat(created)
                .isEqualTo(Subscriber.newBuilder()
                        .setId("ada")
                        .setEmail("ada@example.org")
                        .setLocale("en")
                        .setThemes(List.of())
                        .setChannels(List.of(Channel.EMAIL))
                        .setStatus(SubscriberStatus.ACTIVE)
                        .setConsentedAt(MONDAY)
                        .setUpdatedAt(MONDAY)
                        .build());
    }

    @Test
    void shouldKeepConsentAndUnchangedFieldsOnUpdate() throws Exception {
        Subscriber before = SubscriberChange.apply(null, request("ada@example.org", null, null), MONDAY);
        SubscriberRequest change = new SubscriberRequest("ada", null, "Ada M.", "fr", null, null, null, null);

        Subscriber after = SubscriberChange.apply(before, change, TUESDAY);

        assertThat(after.getConsentedAt()).isEqualTo(MONDAY);
        assertThat(after.getUpdatedAt()).isEqualTo(TUESDAY);
        assertThat(after.getEmail()).isEqualTo("ada@example.org");
        assertThat(after.getName()).isEqualTo("Ada M.");
        assertThat(after.getLocale()).isEqualTo("fr");
        assertThat(after.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void shouldDateConsentWhenAPendingSubscriberBecomesActive() throws Exception {
        Subscriber pending =
                SubscriberChange.apply(null, request("ada@example.org", null, SubscriberStatus.PENDING), MONDAY);

        Subscriber active = SubscriberChange.apply(pending, request(null, null, SubscriberStatus.ACTIVE), TUESDAY);

        assertThat(pending.getConsentedAt()).isNull();
        assertThat(active.getConsentedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void shouldLeaveAnUnsubscribedSubscriberUnsubscribedWhenNoStatusIsGiven() throws Exception {
        Subscriber gone = SubscriberChange.unsubscribe(
                SubscriberChange.apply(null, request("ada@example.org", null, null), MONDAY), MONDAY);

        Subscriber after = SubscriberChange.apply(gone, request(null, "kubeweekly", null), TUESDAY);

        assertThat(after.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(after.getUnsubscribedAt()).isEqualTo(MONDAY);
    }

    @Test
    void shouldClearTheUnsubscriptionWhenResubscribed() throws Exception {
        Subscriber gone = SubscriberChange.unsubscribe(
                SubscriberChange.apply(null, request("ada@example.org", null, null), MONDAY), MONDAY);

        Subscriber back = SubscriberChange.apply(gone, request(null, null, SubscriberStatus.ACTIVE), TUESDAY);

        assertThat(back.getUnsubscribedAt()).isNull();
        assertThat(back.getConsentedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void shouldKeepTheFirstUnsubscriptionDate() throws Exception {
        Subscriber gone = SubscriberChange.unsubscribe(
                SubscriberChange.apply(null, request("ada@example.org", null, null), MONDAY), MONDAY);

        assertThat(SubscriberChange.unsubscribe(gone, TUESDAY).getUnsubscribedAt())
                .isEqualTo(MONDAY);
    }

    @Test
    void shouldDeliverToEmailAndSlackByDefaultWhenBothAreGiven() throws Exception {
        Subscriber created = SubscriberChange.apply(null, request("ada@example.org", "kubeweekly-fr", null), MONDAY);

        assertThat(created.getChannels()).containsExactly(Channel.EMAIL, Channel.SLACK);
        assertThat(created.getSlackChannel()).isEqualTo("kubeweekly-fr");
    }

    @Test
    void shouldRequireASlackNameForTheSlackChannel() {
        SubscriberRequest request =
                new SubscriberRequest("ada", "ada@example.org", null, null, null, List.of(Channel.SLACK), null, null);

        assertThatThrownBy(() -> SubscriberChange.apply(null, request, MONDAY))
                .isInstanceOf(SubscriberFieldException.class)
                .hasMessage("slack (a Slack channel name) is required when channels include slack");
    }

    @Test
    void shouldRequireAnAddressForTheEmailChannel() {
        SubscriberRequest request =
                new SubscriberRequest("ops", null, null, null, null, List.of(Channel.EMAIL), "ops", null);

        assertThatThrownBy(() -> SubscriberChange.apply(null, request, MONDAY))
                .hasMessage("email is required when channels include email");
    }

    private static SubscriberRequest request(String email, String slack, SubscriberStatus status) {
        return new SubscriberRequest("ada", email, null, null, null, null, slack, status);
    }
}
