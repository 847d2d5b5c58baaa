package dev.recap.streams.errors;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the source record behind a processing failure (its raw key and bytes as read from the input
 * topic) to the dead-letter topic with Recap's dead-letter headers, the message naming the processor
 * node that failed, and lets processing resume. The topic comes from {@link DeadLetterConfig#TOPIC_CONFIG}.
 */
public final class DeadLetterProcessingHandler extends DeadLetterHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    /** The handler Streams instantiates, stamping dead letters with the system clock. */
    public DeadLetterProcessingHandler() {
        this(Clock.systemUTC());
    }

    DeadLetterProcessingHandler(Clock clock) {
        super(clock);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String source = DeadLetterConfig.sourceOrUnknown(context.topic());
        String node = context.processorNodeId();
        // Topic, partition and offset find the record again; its contents stay out of the logs.
        LOG.warn(
                "Dead-lettering a record of {} partition {} offset {} that failed in processor {}: {}",
                source,
                context.partition(),
                context.offset(),
                node,
                exception.getClass().getSimpleName());
        return Response.resume(List.of(writer.record(
                context.sourceRawKey(), context.sourceRawValue(), source, exception, messageOf(exception, node))));
    }

    private static String messageOf(Exception exception, String node) {
        String detail = exception.getMessage();
        return (detail == null || detail.isBlank() ? "" : detail + " ") + "(processor " + node + ")";
    }
}
