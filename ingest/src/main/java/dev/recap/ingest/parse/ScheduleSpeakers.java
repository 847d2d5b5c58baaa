package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The speakers of a schedule event: a "Speakers: Ann Lee (Acme), Bo Chen (Initech)" line of the
 * description first (it names companies), else the common names of the ATTENDEEs, else the ORGANIZER's.
 */
final class ScheduleSpeakers {

    private static final Pattern SPEAKER_LINE =
            Pattern.compile("(?im)^[ \\t]*(speakers?|intervenants?)[ \\t]*:[ \\t]*(.+)$");
    private static final Pattern NAME_AND_COMPANY = Pattern.compile("^(.+?)\\s*[(\\[]([^)\\]]+)[)\\]]\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(;|,(?![^(]*\\))|\\s&\\s|\\sand\\s)\\s*");

    private ScheduleSpeakers() {}

    static List<ScheduleEntry.Speaker> of(VEvent event, String description) {
        List<ScheduleEntry.Speaker> fromLine = fromDescription(description);
        if (!fromLine.isEmpty()) {
            return fromLine;
        }
        List<ScheduleEntry.Speaker> attendees = named(event.getProperties(Property.ATTENDEE));
        return !attendees.isEmpty() ? attendees : named(event.getProperties(Property.ORGANIZER));
    }

    static List<ScheduleEntry.Speaker> fromDescription(String description) {
        if (description == null) {
            return List.of();
        }
        Matcher line = SPEAKER_LINE.matcher(description);
        return line.find() ? parseList(line.group(2)) : List.of();
    }

    /** {@code description} without its "Speakers:" line, or {@code null} when nothing else is left. */
    static String withoutSpeakerLine(String description) {
        if (description == null) {
            return null;
        }
        String rest = SPEAKER_LINE.matcher(description).replaceFirst("").strip();
        return rest.isEmpty() ? null : rest;
    }

    static List<ScheduleEntry.Speaker> parseList(String list) {
        List<ScheduleEntry.Speaker> speakers = new ArrayList<>();
        for (String part : SEPARATOR.split(list.strip())) {
            speaker(part).ifPresent(speakers::add);
        }
        return speakers;
    }

    private static Optional<ScheduleEntry.Speaker> speaker(String text) {
        String part = text.strip();
        if (part.isEmpty() || part.toLowerCase(Locale.ROOT).equals("tba")) {
            return Optional.empty();
        }
        Matcher withCompany = NAME_AND_COMPANY.matcher(part);
        return Optional.of(
                withCompany.matches()
                        ? new ScheduleEntry.Speaker(withCompany.group(1), withCompany.group(2))
                        : new ScheduleEntry.Speaker(part, null));
    }

    private static List<ScheduleEntry.Speaker> named(List<Property> people) {
        return people.stream()
                .map(p -> p.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null))
                .filter(Objects::nonNull)
                .map(ScheduleSpeakers::speaker)
                .flatMap(Optional::stream)
                .toList();
    }
}
