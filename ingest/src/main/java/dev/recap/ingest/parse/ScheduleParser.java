package dev.recap.ingest.parse;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads an iCalendar conference schedule with ical4j into {@link ScheduleEntry}s, one per {@code VEVENT}:
 * id = UID, title = SUMMARY, room = LOCATION, track = CATEGORIES, conference = {@code X-WR-CALNAME}, and
 * speakers from a "Speakers:" line of DESCRIPTION, else ATTENDEE names, else the ORGANIZER's. Events
 * without UID, SUMMARY or DTSTART are left out with a reason. Floating times are read as UTC.
 */
public final class ScheduleParser {

    /** The talks of the calendar in {@code text}, or a skip when it is not a readable calendar. */
    public DocumentResult parse(String text) {
        Objects.requireNonNull(text, "text");
        Calendar calendar;
        try {
            // decoded text has \n line ends; ical4j unfolds continuation lines only after CRLF
            calendar = new CalendarBuilder()
                    .build(new StringReader(text.replace("\r\n", "\n").replace("\n", "\r\n")));
        } catch (IOException | ParserException | RuntimeException e) {
            return DocumentResult.skipped(
                    SkipReason.INVALID_SCHEDULE, "not a readable iCalendar file: " + e.getMessage());
        }
        String conference = value(calendar.getProperties(), "X-WR-CALNAME").orElse(null);
        List<ScheduleEntry> talks = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            entry(event, conference, skipped).ifPresent(talks::add);
        }
        return new DocumentResult.Schedule(talks, skipped);
    }

    private static Optional<ScheduleEntry> entry(VEvent event, String conference, List<String> skipped) {
        List<Property> properties = event.getProperties();
        Optional<String> uid = value(properties, Property.UID);
        Optional<String> title = value(properties, Property.SUMMARY);
        Instant start = instant(properties, Property.DTSTART);
        if (uid.isEmpty() || title.isEmpty() || start == null) {
            skipped.add("event " + uid.or(() -> title).orElse("without UID") + ": needs UID, SUMMARY and DTSTART");
            return Optional.empty();
        }
        Instant end = instant(properties, Property.DTEND);
        String description = value(properties, Property.DESCRIPTION).orElse(null);
        return Optional.of(new ScheduleEntry(
                uid.get(),
                title.get(),
                ScheduleSpeakers.of(event, description),
                start,
                end != null && !end.isBefore(start) ? end : null,
                value(properties, Property.LOCATION).orElse(null),
                value(properties, Property.CATEGORIES).orElse(null),
                value(properties, Property.URL)
                        .filter(ParsedPost::isAbsoluteHttp)
                        .orElse(null),
                conference,
                ScheduleSpeakers.withoutSpeakerLine(description)));
    }

    static Optional<String> value(List<Property> properties, String name) {
        return properties.stream()
                .filter(p -> p.getName().equalsIgnoreCase(name))
                .map(Property::getValue)
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .findFirst();
    }

    private static Instant instant(List<Property> properties, String name) {
        return properties.stream()
                .filter(p -> p.getName().equalsIgnoreCase(name) && p instanceof DateProperty<?>)
                .map(p -> ((DateProperty<?>) p).getDate())
                .filter(Objects::nonNull)
                .map(ScheduleParser::toInstant)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Instant toInstant(Temporal time) {
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(time);
        }
        if (time instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (time instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return null;
    }
}
