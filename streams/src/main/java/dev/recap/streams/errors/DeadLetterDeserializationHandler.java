package dev.recap.streams.errors;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record Streams cannot deserialise to the dead-letter topic, key and bytes untouched, with
 * Recap's dead-letter headers (source topic, stage {@code streams}, error class, message, time), and
 * lets processing resume. The topic comes from {@link DeadLetterConfig#TOPIC_CONFIG}.
 */
public final class DeadLetterDeserializationHandler extends DeadLetterHandler
        implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    /** The handler Streams instantiates, stamping dead letters with the system clock. */
    public DeadLetterDeserializationHandler() {
        this(Clock.systemUTC());
    }

    DeadLetterDeserializationHandler(Clock clock) {
        super(clock);
    }

    @Override
    public Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String source = DeadLetterConfig.sourceOrUnknown(record.topic());
        // Topic, partition and offset find the record again; its contents stay out of the logs.
        LOG.warn(
                "Dead-lettering a record of {} partition {} offset {} that cannot be deserialised: {}",
                source,
                record.partition(),
                record.offset(),
                exception.getClass().getSimpleName());
        return Response.resume(
                List.of(writer.record(record.key(), record.value(), source, exception, exception.getMessage())));
    }
}
