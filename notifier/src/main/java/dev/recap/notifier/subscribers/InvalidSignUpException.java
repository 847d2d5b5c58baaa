package dev.recap.notifier.subscribers;

import java.util.List;

/** A sign-up request with bad input; {@link #problems()} says what to fix, one sentence per problem. */
public final class InvalidSignUpException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidSignUpException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
