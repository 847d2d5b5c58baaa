package dev.recap.streams.web;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics of one Streams instance in the Prometheus text format: every Kafka Streams client metric
 * ({@code kafka_stream_*}, through Micrometer's {@link KafkaStreamsMetrics}) plus JVM memory, GC,
 * threads, class loading and CPU.
 */
public final class StreamsMetrics implements AutoCloseable {

    /** The content type of {@link #scrape()}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    // Streams creates task metrics (and Recap's pending-changes gauges) when tasks are assigned, after the
    // binder first looks; Micrometer binds new ones at each refresh, every minute unless told otherwise
    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "recap-metrics-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    public StreamsMetrics(KafkaStreams streams) {
        streamsMetrics = new KafkaStreamsMetrics(streams, List.of(), refresher, REFRESH);
        streamsMetrics.bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** Every metric, in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        streamsMetrics.close();
        refresher.shutdownNow();
        gcMetrics.close();
        registry.close();
    }
}
