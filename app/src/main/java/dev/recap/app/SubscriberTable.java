package dev.recap.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints subscribers for people (an aligned table sorted by id) or for tools (one JSON object a line, with
 * lower-case statuses and channels and ISO-8601 times).
 */
final class SubscriberTable {

    static final List<String> HEADINGS =
            List.of("ID", "EMAIL", "NAME", "LOCALE", "THEMES", "CHANNELS", "STATUS", "UPDATED");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubscriberTable() {}

    static void printTable(PrintWriter out, List<Subscriber> subscribers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        sorted(subscribers)
                .forEach(s -> rows.add(
                        cells(s).stream().map(SubscriberTable::printable).toList()));
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static void printJsonLines(PrintWriter out, List<Subscriber> subscribers) {
        sorted(subscribers).forEach(s -> out.println(json(s)));
    }

    /** One subscriber as a single-line JSON object. */
    static String json(Subscriber subscriber) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", subscriber.getId());
        fields.put("email", subscriber.getEmail());
        fields.put("name", subscriber.getName());
        fields.put("locale", subscriber.getLocale());
        fields.put("themes", subscriber.getThemes());
        fields.put(
                "channels",
                subscriber.getChannels().stream().map(SubscriberTable::lower).toList());
        fields.put("slack", subscriber.getSlackChannel());
        fields.put("status", lower(subscriber.getStatus()));
        fields.put("consentedAt", iso(subscriber.getConsentedAt()));
        fields.put("unsubscribedAt", iso(subscriber.getUnsubscribedAt()));
        fields.put("updatedAt", iso(subscriber.getUpdatedAt()));
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write subscriber " + subscriber.getId() + " as JSON", e);
        }
    }

    private static List<String> cells(Subscriber s) {
        return List.of(
                s.getId(),
                orDash(s.getEmail()),
                orDash(s.getName()),
                s.getLocale(),
                s.getThemes().isEmpty() ? "all" : String.join(",", s.getThemes()),
                channels(s),
                lower(s.getStatus()),
                iso(s.getUpdatedAt()));
    }

    /** Names come from sign-ups too: no control character may reach the terminal. */
    private static String printable(String cell) {
        return cell.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String channels(Subscriber s) {
        List<String> names = new ArrayList<>();
        for (Channel channel : s.getChannels()) {
            names.add(
                    channel == Channel.SLACK && s.getSlackChannel() != null
                            ? "slack:" + s.getSlackChannel()
                            : lower(channel));
        }
        return names.isEmpty() ? "-" : String.join(",", names);
    }

    private static List<Subscriber> sorted(List<Subscriber> subscribers) {
        return subscribers.stream()
                .sorted(Comparator.comparing(Subscriber::getId))
                .toList();
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
