package dev.recap.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestSection;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTest {

    private static final DeliveryPlanner.SentCheck NOTHING_SENT = (week, subscriber, channel) -> false;

    private final DeliveryPlanner planner = new DeliveryPlanner();

    @Test
    void shouldPlanEachActiveEmailSubscriberOncePerWeekInOrder() {
        Digest w16 = TestDigests.standard();
        Digest w17 = TestDigests.digest("2023-W17", List.of(), w16.getSections().toArray(new DigestSection[0]));
        List<Subscriber> subscribers =
                List.of(TestDigests.subscriber("zoe", "en"), TestDigests.subscriber("ada", "fr"));

        DeliveryPlan plan = planner.plan(List.of(w17, w16), subscribers, NOTHING_SENT, false);

        assertThat(plan.deliveries())
                .extracting(p -> p.digest().getWeek() + "/" + p.subscriber().getId() + "/" + p.channel())
                .containsExactly(
                        "2023-W16/ada/EMAIL", "2023-W16/zoe/EMAIL", "2023-W17/ada/EMAIL", "2023-W17/zoe/EMAIL");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void shouldLeaveOutSubscribersWhoAreNotActiveAndSkipSlackWithoutAChannel() {
        Subscriber pending = TestDigests.subscriber("pending", "en");
        pending.setStatus(SubscriberStatus.PENDING);
        Subscriber gone = TestDigests.subscriber("gone", "en");
        gone.setStatus(SubscriberStatus.UNSUBSCRIBED);
        Subscriber slackOnly = TestDigests.subscriber("slack", "en");
        slackOnly.setChannels(List.of(Channel.SLACK));

        DeliveryPlan plan =
                planner.plan(List.of(TestDigests.standard()), List.of(pending, gone, slackOnly), NOTHING_SENT, false);

        assertThat(plan.deliveries()).isEmpty();
        assertThat(plan.skipped())
                .containsExactly(new DeliveryPlan.Skipped(
                        "2023-W16", "slack", Channel.SLACK, DeliveryPlan.Reason.NO_SLACK_CHANNEL));
    }

    @Test
    void shouldPlanEveryChannelASubscriberChose() {
        Subscriber both = TestDigests.subscriber("both", "fr");
        both.setChannels(List.of(Channel.EMAIL, Channel.SLACK));
        both.setSlackChannel("kubeweekly-fr");

        DeliveryPlan plan = planner.plan(List.of(TestDigests.standard()), List.of(both), NOTHING_SENT, false);

        assertThat(plan.deliveries())
                .extracting(DeliveryPlan.Planned::channel)
                .containsExactly(Channel.EMAIL, Channel.SLACK);
    }

    @Test
    void shouldNotResendWhatAnEarlierRunMayHaveSentUnlessForced() {
        DeliveryPlanner.SentCheck interrupted = new DeliveryPlanner.SentCheck() {
            @Override
            public boolean alreadySent(String week, String subscriberId, Channel channel) {
                return false;
            }

            @Override
            public boolean uncertain(String week, String subscriberId, Channel channel) {
                return subscriberId.equals("ada");
            }
        };
        List<Subscriber> subscribers =
                List.of(TestDigests.subscriber("ada", "en"), TestDigests.subscriber("grace", "en"));

        DeliveryPlan plan = planner.plan(List.of(TestDigests.standard()), subscribers, interrupted, false);
        DeliveryPlan forced = planner.plan(List.of(TestDigests.standard()), subscribers, interrupted, true);

        assertThat(plan.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("grace");
        assertThat(plan.skipped())
                .containsExactly(
                        new DeliveryPlan.Skipped("2023-W16", "ada", Channel.EMAIL, DeliveryPlan.Reason.UNCERTAIN));
        assertThat(forced.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("ada", "grace");
    }

    @Test
    void shouldPlanOnlyTheSubscriberAtTheGivenAddress() {
        List<Subscriber> subscribers =
                List.of(TestDigests.subscriber("ada", "en"), TestDigests.subscriber("grace", "en"));

        DeliveryPlan plan = planner.plan(
                List.of(TestDigests.standard()), subscribers, NOTHING_SENT, false, Optional.of(" Grace@Example.org"));

        assertThat(plan.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("grace");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void shouldSkipWhatTheLedgerSaysWasSent() {
        Set<String> sent = Set.of("2023-W16/ada/EMAIL");
        DeliveryPlanner.SentCheck ledger =
                (week, subscriber, channel) -> sent.contains(week + "/" + subscriber + "/" + channel);
        List<Subscriber> subscribers =
                List.of(TestDigests.subscriber("ada", "en"), TestDigests.subscriber("bob", "en"));

        DeliveryPlan plan = planner.plan(List.of(TestDigests.standard()), subscribers, ledger, false);

        assertThat(plan.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("bob");
        assertThat(plan.skipped())
                .containsExactly(
                        new DeliveryPlan.Skipped("2023-W16", "ada", Channel.EMAIL, DeliveryPlan.Reason.ALREADY_SENT));
    }

    @Test
    void shouldSendAgainWhenForced() {
        DeliveryPlanner.SentCheck everythingSent = (week, subscriber, channel) -> true;

        DeliveryPlan plan = planner.plan(
                List.of(TestDigests.standard()), List.of(TestDigests.subscriber("ada", "en")), everythingSent, true);

        assertThat(plan.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("ada");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void shouldSkipASubscriberWithoutAnAddress() {
        Subscriber ada = TestDigests.subscriber("ada", "en");
        ada.setEmail(" ");

        DeliveryPlan plan = planner.plan(List.of(TestDigests.standard()), List.of(ada), NOTHING_SENT, false);

        assertThat(plan.deliveries()).isEmpty();
        assertThat(plan.skipped())
                .containsExactly(new DeliveryPlan.Skipped(
                        "2023-W16", "ada", Channel.EMAIL, DeliveryPlan.Reason.NO_EMAIL_ADDRESS));
    }

    @Test
    void shouldSkipASubscriberWhoseThemesHaveNothingThisWeek() {
        Subscriber wasmFan = TestDigests.subscriber("wasm-fan", "en", "wasm");
        Subscriber ebpfFan = TestDigests.subscriber("ebpf-fan", "en", "ebpf-networking");

        DeliveryPlan plan =
                planner.plan(List.of(TestDigests.standard()), List.of(wasmFan, ebpfFan), NOTHING_SENT, false);

        assertThat(plan.deliveries()).extracting(p -> p.subscriber().getId()).containsExactly("ebpf-fan");
        assertThat(plan.skipped())
                .containsExactly(new DeliveryPlan.Skipped(
                        "2023-W16", "wasm-fan", Channel.EMAIL, DeliveryPlan.Reason.NO_MATCHING_ITEMS));
    }
}
