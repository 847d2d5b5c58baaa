package dev.recap.streams.errors;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;

/** The context Streams hands an error handler, with the values a test chooses. */
record FailedRecordContext(
        String topic, int partition, long offset, String processorNodeId, byte[] sourceRawKey, byte[] sourceRawValue)
        implements ErrorHandlerContext {

    @Override
    public Headers headers() {
        return new RecordHeaders();
    }

    @Override
    public TaskId taskId() {
        return new TaskId(0, partition);
    }

    @Override
    public long timestamp() {
        return 1_681_898_400_000L;
    }
}
