package dev.recap.notifier;

import dev.recap.notifier.delivery.SendCalendar;
import java.util.Objects;
import java.util.Optional;

/**
 * What to send: one week (or every week with a digest, for the demo), whether to send again what the
 * ledger says was sent ({@code force}, which also allows a week other than the one just ended), whether
 * any week may be sent without forcing resends ({@code anyWeek}, the demo), whether to only plan
 * ({@code dryRun}), and an optional single recipient address ({@code to}).
 */
public record SendRequest(Optional<String> week, boolean force, boolean anyWeek, boolean dryRun, Optional<String> to) {

    public SendRequest {
        week = Objects.requireNonNull(week, "week").map(SendCalendar::checkWeek);
        to = Objects.requireNonNull(to, "to").map(String::strip).filter(t -> !t.isEmpty());
    }

    /** {@code recap notifier send --week W}. */
    public static SendRequest week(String week) {
        return new SendRequest(Optional.of(week), false, false, false, Optional.empty());
    }

    /** Every week that has a digest, past ones included, each subscriber once (the demo, the ops catch-up). */
    public static SendRequest everyWeek() {
        return new SendRequest(Optional.empty(), false, true, false, Optional.empty());
    }

    public SendRequest forced(boolean on) {
        return new SendRequest(week, on, anyWeek, dryRun, to);
    }

    public SendRequest dryRun(boolean on) {
        return new SendRequest(week, force, anyWeek, on, to);
    }

    public SendRequest onlyTo(Optional<String> address) {
        return new SendRequest(week, force, anyWeek, dryRun, address);
    }
}
