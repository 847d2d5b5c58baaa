package dev.recap.streams.topology;

import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Value;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * The {@code pending-changes} gauge of one coalescing processor in one task (group {@value #GROUP}, tags
 * {@code processor} and {@code task-id}): how many talks or weeks changed and are not yet published. Ops
 * read it on {@code /metrics} as publication lag; {@code 0} everywhere with the input consumed means every
 * digest is current.
 */
final class PendingChanges {

    static final String GROUP = "recap-processor-metrics";
    static final String NAME = "pending-changes";

    private final ProcessorContext<?, ?> context;
    private final Sensor sensor;
    private int last = -1;

    PendingChanges(ProcessorContext<?, ?> context, String processor) {
        this.context = context;
        String task = context.taskId().toString();
        this.sensor = context.metrics().addSensor("recap." + processor + "." + task, Sensor.RecordingLevel.INFO);
        sensor.add(
                new MetricName(
                        NAME,
                        GROUP,
                        "Changes made and not yet published by the processor",
                        Map.of("processor", processor, "task-id", task)),
                new Value());
    }

    /** Records {@code pending} when it differs from the last value recorded. */
    void record(int pending) {
        if (pending != last) {
            last = pending;
            sensor.record(pending);
        }
    }

    void close() {
        context.metrics().removeSensor(sensor);
    }
}
