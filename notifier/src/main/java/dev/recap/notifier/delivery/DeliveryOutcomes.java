package dev.recap.notifier.delivery;

import dev.recap.notifier.DeliveryPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Dispatcher} run did, collected from its workers: deliveries sent, failed (with the
 * reason), skipped at send time (with the reason) and not attempted (the run stopped, or no sender).
 * Thread-safe.
 */
public final class DeliveryOutcomes {

    /** A delivery that did not happen, and why. */
    public record Missed(DeliveryPlan.Planned planned, String reason) {}

    private final List<DeliveryPlan.Planned> sent = new ArrayList<>();
    private final List<Missed> failed = new ArrayList<>();
    private final List<DeliveryPlan.Skipped> skipped = new ArrayList<>();
    private final List<Missed> notAttempted = new ArrayList<>();

    synchronized void sent(DeliveryPlan.Planned planned) {
        sent.add(planned);
    }

    synchronized void failed(DeliveryPlan.Planned planned, String reason) {
        failed.add(new Missed(planned, reason));
    }

    synchronized void skipped(DeliveryPlan.Skipped skip) {
        skipped.add(skip);
    }

    synchronized void notAttempted(DeliveryPlan.Planned planned, String reason) {
        notAttempted.add(new Missed(planned, reason));
    }

    public synchronized List<DeliveryPlan.Planned> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Missed> failed() {
        return List.copyOf(failed);
    }

    public synchronized List<DeliveryPlan.Skipped> skipped() {
        return List.copyOf(skipped);
    }

    public synchronized List<Missed> notAttempted() {
        return List.copyOf(notAttempted);
    }
}
