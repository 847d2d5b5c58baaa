package dev.recap.ingest.parse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * speakers from a "Speakers:" line of DESCRIPTION, else ATTENDEE names, else the ORGANIZER's. An event
 * that cannot be read (no UID, SUMMARY or DTSTART, a date or time zone ical4j refuses) is left out with
 * its reason and its own text, and the other events are kept; when such an event stops the whole calendar
 * from parsing, the events are read one by one. Floating times are read as UTC.
 */
public final class ScheduleParser {

    /** The talks of the calendar in {@code text}, or a skip when it is not a readable calendar. */
    public DocumentResult parse(String text) {
        Objects.requireNonNull(text, "text");
        // decoded text has \n line ends; ical4j unfolds continuation lines only after CRLF
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        Calendar calendar;
        try {
            calendar = build(crlf);
        } catch (IOException | ParserException | RuntimeException e) {
            return eventByEvent(crlf, e);
        }
        String conference = value(calendar.getProperties(), "X-WR-CALNAME").orElse(null);
        List<ScheduleEntry> talks = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            read(event, event.toString(), conference, talks, skipped);
        }
        return new DocumentResult.Schedule(talks, skipped);
    }

    // One event broke the calendar: read each event inside the calendar around it, so only the broken ones are lost.
    private static DocumentResult eventByEvent(String crlf, Exception failure) {
        IcalEvents split = IcalEvents.split(crlf);
        Calendar around;
        try {
            around = build(split.calendar());
        } catch (IOException | ParserException | RuntimeException e) {
            return DocumentResult.skipped(
                    SkipReason.INVALID_SCHEDULE, "not a readable iCalendar file: " + failure.getMessage());
        }
        String conference = value(around.getProperties(), "X-WR-CALNAME").orElse(null);
        List<ScheduleEntry> talks = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (int i = 0; i < split.events().size(); i++) {
            String text = split.events().get(i);
            try {
                List<VEvent> events = build(split.calendarWith(text)).getComponents(Component.VEVENT);
                events.forEach(event -> read(event, text, conference, talks, skipped));
            } catch (IOException | ParserException | RuntimeException e) {
                String name = Objects.requireNonNullElse(IcalEvents.uid(text), "#" + (i + 1));
                skipped.add(skip("event " + name + ": not readable iCalendar: " + e.getMessage(), text));
            }
        }
        return new DocumentResult.Schedule(talks, skipped);
    }

    private static Calendar build(String crlf) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(crlf));
    }

    private static void read(
            VEvent event, String text, String conference, List<ScheduleEntry> talks, List<SkippedItem> skipped) {
        List<Property> properties = event.getProperties();
        String name = value(properties, Property.UID)
                .or(() -> value(properties, Property.SUMMARY))
                .orElse("without UID");
        try {
            entry(event, conference)
                    .ifPresentOrElse(
                            talks::add,
                            () -> skipped.add(skip("event " + name + ": needs UID, SUMMARY and DTSTART", text)));
        } catch (RuntimeException e) {
            // ical4j reads dates and zones lazily: an unknown TZID fails here, for this event only
            skipped.add(skip("event " + name + ": " + e, text));
        }
    }

    private static SkippedItem skip(String message, String text) {
        return new SkippedItem(SkipReason.INVALID_EVENT, message, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<ScheduleEntry> entry(VEvent event, String conference) {
        List<Property> properties = event.getProperties();
        Optional<String> uid = value(properties, Property.UID);
        Optional<String> title = value(properties, Property.SUMMARY);
        Instant start = instant(properties, Property.DTSTART);
        if (uid.isEmpty() || title.isEmpty() || start == null) {
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
