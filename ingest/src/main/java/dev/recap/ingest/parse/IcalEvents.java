package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iCalendar text cut into its {@code VEVENT} blocks and the calendar around them (properties, time zones),
 * so that each event can be read on its own when one broken event stops the whole calendar from parsing.
 * Lines are CRLF-terminated, as ical4j reads them.
 */
record IcalEvents(String calendar, List<String> events) {

    private static final String CRLF = "\r\n";
    private static final Pattern UID = Pattern.compile("(?im)^UID(?:;[^:\\r\\n]*)?:([^\\r\\n]*)$");

    IcalEvents {
        events = List.copyOf(events);
    }

    /** The events of {@code text} (CRLF line ends), each from its BEGIN to its END line, and the rest. */
    static IcalEvents split(String text) {
        StringBuilder calendar = new StringBuilder();
        List<String> events = new ArrayList<>();
        StringBuilder event = null;
        for (String line : text.split(CRLF, -1)) {
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (event == null && upper.equals("BEGIN:VEVENT")) {
                event = new StringBuilder();
            }
            if (event != null && upper.equals("END:VCALENDAR")) {
                // an event that never ended: it stops at the end of the calendar
                events.add(event.toString());
                event = null;
            }
            if (event == null) {
                calendar.append(line).append(CRLF);
            } else {
                event.append(line).append(CRLF);
                if (upper.equals("END:VEVENT")) {
                    events.add(event.toString());
                    event = null;
                }
            }
        }
        if (event != null) {
            events.add(event.toString());
        }
        return new IcalEvents(calendar.toString().strip() + CRLF, events);
    }

    /** The calendar holding {@code event} as its only event. */
    String calendarWith(String event) {
        int end = calendar.toUpperCase(Locale.ROOT).lastIndexOf("END:VCALENDAR");
        return end < 0 ? calendar + event : calendar.substring(0, end) + event + calendar.substring(end);
    }

    /** The UID an event block states, or {@code null}. */
    static String uid(String event) {
        Matcher m = UID.matcher(event);
        return m.find() ? m.group(1).strip() : null;
    }
}
