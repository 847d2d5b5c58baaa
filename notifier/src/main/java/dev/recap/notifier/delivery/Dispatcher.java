package dev.recap.notifier.delivery;

import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.events.Subscriber;
import dev.recap.notifier.DeliveryPlan;
import dev.recap.notifier.DeliveryPlanner;
import dev.recap.notifier.ledger.DeliveryLedger;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a {@link DeliveryPlan}: per channel, a few workers (one SMTP connection each; Slack paces
 * itself per webhook) take planned deliveries in turn. For each: the subscriber is read again as they are
 * now (an unsubscribe during the run is honoured), the ledger is checked again, SENDING is recorded and
 * acknowledged, the message is sent with retries on passing failures, and SENT or FAILED is recorded.
 * A stop request lets every worker finish the message in hand and record it before returning.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ERROR_CHARS = 1000;

    private final DeliveryLedger ledger;
    private final LiveSubscribers subscribers;
    private final RetryPolicy retry;
    private final RetryPolicy.Sleeper sleeper;
    private final Clock clock;
    private final Consumer<Subscriber> onHardBounce;

    public Dispatcher(
            DeliveryLedger ledger,
            LiveSubscribers subscribers,
            RetryPolicy retry,
            RetryPolicy.Sleeper sleeper,
            Clock clock,
            Consumer<Subscriber> onHardBounce) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.subscribers = Objects.requireNonNull(subscribers, "subscribers");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onHardBounce = Objects.requireNonNull(onHardBounce, "onHardBounce");
    }

    /** One channel's senders: how many workers, and how each gets its own sender. */
    public record Lane(int workers, Supplier<ChannelSender> senders) {
        public Lane {
            if (workers < 1) {
                throw new IllegalArgumentException("A lane needs at least one worker, had " + workers);
            }
            Objects.requireNonNull(senders, "senders");
        }
    }

    /**
     * Delivers {@code planned}; returns once every delivery is recorded, or, after {@code stop} turned true,
     * once the ones in hand are. Channels without a lane are reported as not attempted.
     */
    public DeliveryOutcomes run(
            List<DeliveryPlan.Planned> planned, Map<Channel, Lane> lanes, boolean force, BooleanSupplier stop)
            throws InterruptedException {
        DeliveryOutcomes outcomes = new DeliveryOutcomes();
        Map<Channel, Queue<DeliveryPlan.Planned>> queues = new EnumMap<>(Channel.class);
        for (DeliveryPlan.Planned p : planned) {
            if (lanes.containsKey(p.channel())) {
                queues.computeIfAbsent(p.channel(), c -> new ConcurrentLinkedQueue<>())
                        .add(p);
            } else {
                outcomes.notAttempted(p, "no " + p.channel() + " sender is configured");
            }
        }
        int threads =
                queues.keySet().stream().mapToInt(c -> lanes.get(c).workers()).sum();
        if (threads == 0) {
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "recap-delivery");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            queues.forEach((channel, queue) -> {
                Lane lane = lanes.get(channel);
                for (int i = 0; i < lane.workers(); i++) {
                    running.add(pool.submit(() -> work(queue, lane, force, stop, outcomes)));
                }
            });
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A delivery worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        queues.values().forEach(left -> left.forEach(p -> outcomes.notAttempted(p, "the notifier was stopped")));
        ledger.flush();
        return outcomes;
    }

    private Void work(
            Queue<DeliveryPlan.Planned> queue,
            Lane lane,
            boolean force,
            BooleanSupplier stop,
            DeliveryOutcomes outcomes)
            throws InterruptedException {
        try (ChannelSender sender = lane.senders().get()) {
            DeliveryPlan.Planned next;
            while (!stop.getAsBoolean() && (next = queue.poll()) != null) {
                deliver(next, sender, force, outcomes);
            }
        }
        return null;
    }

    private void deliver(DeliveryPlan.Planned planned, ChannelSender sender, boolean force, DeliveryOutcomes outcomes)
            throws InterruptedException {
        String week = planned.digest().getWeek();
        String id = planned.subscriber().getId();
        Subscriber now = subscribers.get(id).orElse(null);
        DeliveryPlan.Reason reason = now == null
                ? DeliveryPlan.Reason.NOT_ACTIVE
                : DeliveryPlanner.skipReason(planned.digest(), now, planned.channel(), ledgerView(), force);
        if (reason != null) {
            outcomes.skipped(new DeliveryPlan.Skipped(week, id, planned.channel(), reason));
            return;
        }
        Optional<Delivery> previous = ledger.latest(week, id, planned.channel());
        int attempt = previous.map(Delivery::getAttempts).orElse(0);
        // SENDING keeps the progress an earlier failed attempt recorded: a crash now does not lose it
        String progress = previous.map(Delivery::getMessageId).orElse(null);
        ledger.begin(entry(planned, DeliveryState.SENDING, attempt + 1, progress, null));
        for (int tries = 1; ; tries++) {
            attempt++;
            try {
                String reference = sender.send(planned.digest(), now, previous);
                ledger.finish(entry(planned, DeliveryState.SENT, attempt, reference, null));
                outcomes.sent(planned);
                return;
            } catch (DeliveryFailedException e) {
                if (e.permanent() || tries >= retry.maxAttempts()) {
                    LOG.warn("{} of {} to {} failed after {} attempt(s)", planned.channel(), week, id, tries, e);
                    ledger.finish(entry(planned, DeliveryState.FAILED, attempt, e.progress(), describe(e)));
                    outcomes.failed(planned, describe(e));
                    if (e.hardBounce()) {
                        onHardBounce.accept(now);
                    }
                    return;
                }
                LOG.info(
                        "{} of {} to {} failed (attempt {}), retrying: {}",
                        planned.channel(),
                        week,
                        id,
                        tries,
                        e.getMessage());
                sleeper.sleep(retry.backoffAfter(tries));
            }
        }
    }

    private DeliveryPlanner.SentCheck ledgerView() {
        return new DeliveryPlanner.SentCheck() {
            @Override
            public boolean alreadySent(String week, String subscriberId, Channel channel) {
                return ledger.alreadySent(week, subscriberId, channel);
            }

            @Override
            public boolean uncertain(String week, String subscriberId, Channel channel) {
                return ledger.uncertain(week, subscriberId, channel);
            }
        };
    }

    private Delivery entry(
            DeliveryPlan.Planned planned, DeliveryState state, int attempts, String reference, String error) {
        return Delivery.newBuilder()
                .setDigestId(planned.digest().getId())
                .setWeek(planned.digest().getWeek())
                .setSubscriberId(planned.subscriber().getId())
                .setChannel(planned.channel())
                .setState(state)
                .setAttempts(attempts)
                .setMessageId(reference)
                .setAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setError(error)
                .build();
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }
}
