package dev.recap.notifier.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;

/**
 * The notifier web's metrics in the Prometheus text format: sign-ups ({@code recap_web_subscriptions_total}),
 * confirmations, unsubscribes, refused links by reason ({@code recap_web_bad_tokens_total{reason=...}}),
 * plus JVM memory, threads and CPU.
 */
public final class WebMetrics {

    /** The content type of {@link #scrape()}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter subscriptions = Counter.builder("recap.web.subscriptions")
            .description("Sign-up requests accepted (a confirmation email sent, or already active)")
            .register(registry);
    private final Counter confirmations = Counter.builder("recap.web.confirmations")
            .description("Subscribers made ACTIVE by a confirmation link")
            .register(registry);
    private final Counter unsubscribes = Counter.builder("recap.web.unsubscribes")
            .description("Subscribers made UNSUBSCRIBED by an unsubscribe link")
            .register(registry);

    public WebMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    void subscription() {
        subscriptions.increment();
    }

    void confirmation() {
        confirmations.increment();
    }

    void unsubscribe() {
        unsubscribes.increment();
    }

    /** A link was refused; {@code reason} is a tag value such as {@code EXPIRED}. */
    void badToken(String reason) {
        Counter.builder("recap.web.bad.tokens")
                .description("Unsubscribe and confirmation links refused, by reason")
                .tag("reason", reason.toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    /** Every metric, in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }
}
