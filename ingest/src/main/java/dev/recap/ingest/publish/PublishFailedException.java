package dev.recap.ingest.publish;

/** Some records of a run could not be written to Kafka; the run failed, whatever else it did. */
public final class PublishFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
