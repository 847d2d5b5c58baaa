package dev.recap.app;

/**
 * One subscriber field that is wrong: the field ({@code locale}) and the problem ({@code must be en or fr,
 * was 'de'}), so the command line can say {@code --locale} and a CSV import can say {@code file:4: locale}.
 */
final class SubscriberFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    SubscriberFieldException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    String field() {
        return field;
    }

    String problem() {
        return problem;
    }
}
