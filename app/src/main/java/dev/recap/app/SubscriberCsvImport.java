package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV file of subscribers (header {@code email,name,locale,themes,channels,slack,status} in any
 * order, plus an optional {@code id}; themes and channels separated by ';') and checks every row. All or
 * nothing: any problem throws a {@link UserFacingException} listing up to 20 of them as {@code file:line:
 * message}.
 */
final class SubscriberCsvImport {

    static final List<String> COLUMNS = List.of("email", "name", "locale", "themes", "channels", "slack", "status");
    static final String ID_COLUMN = "id";
    static final int MAX_PROBLEMS = 20;

    /** BOUNCED is the notifier's finding, not something an operator declares. */
    private static final Set<SubscriberStatus> IMPORTABLE_STATUSES =
            EnumSet.of(SubscriberStatus.PENDING, SubscriberStatus.ACTIVE, SubscriberStatus.UNSUBSCRIBED);

    private static final int MAX_BYTES = 1 << 20;
    private static final char LIST_SEPARATOR = ';';

    /** One valid row and the line it starts on. */
    record Entry(int line, SubscriberRequest request) {}

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private SubscriberCsvImport(Path file) {
        this.file = file;
    }

    /** Every row of {@code file} as a request, or a {@link UserFacingException} naming every problem. */
    static List<Entry> read(Path file) {
        SubscriberCsvImport csv = new SubscriberCsvImport(file);
        List<Entry> entries = csv.entries(csv.rows());
        csv.failIfProblems();
        return entries;
    }

    /** The records to publish: each entry applied to the current record of its id, all or nothing. */
    static List<Subscriber> merge(Path file, List<Entry> entries, Map<String, Subscriber> current, Instant now) {
        SubscriberCsvImport csv = new SubscriberCsvImport(file);
        List<Subscriber> merged = new ArrayList<>();
        for (Entry entry : entries) {
            try {
                merged.add(SubscriberChange.apply(current.get(entry.request().id()), entry.request(), now));
            } catch (SubscriberFieldException e) {
                csv.problem(entry.line(), e.getMessage());
            }
        }
        csv.failIfProblems();
        return merged;
    }

    private List<SubscriberCsvParser.Row> rows() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(file + " is larger than 1 MiB; is it really a subscriber list?");
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return SubscriberCsvParser.parse(text);
        } catch (CharacterCodingException e) {
            throw new UserFacingException(file + " is not UTF-8 text; save it as UTF-8 CSV", e);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read subscribers from " + file + ": " + e.getMessage(), e);
        } catch (SubscriberCsvParser.SyntaxException e) {
            throw new UserFacingException(file + ":" + e.line() + ": " + e.getMessage() + "; nothing was published", e);
        }
    }

    private List<Entry> entries(List<SubscriberCsvParser.Row> rows) {
        if (rows.isEmpty()) {
            throw new UserFacingException(file + " is empty; it needs a header row: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = header(rows.get(0));
        failIfProblems();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (SubscriberCsvParser.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != columns.size()) {
                problem(row.line(), "has " + row.fields().size() + " fields, the header has " + columns.size());
                continue;
            }
            try {
                SubscriberRequest request = request(row, columns);
                Integer earlier = firstLineOfId.putIfAbsent(request.id(), row.line());
                if (earlier != null) {
                    problem(row.line(), duplicate(request, earlier));
                } else {
                    entries.add(new Entry(row.line(), request));
                }
            } catch (SubscriberFieldException e) {
                problem(row.line(), e.getMessage());
            }
        }
        return entries;
    }

    private Map<String, Integer> header(SubscriberCsvParser.Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) && !ID_COLUMN.equals(name)) {
                problem(
                        row.line(),
                        "unknown column '" + name + "'; the columns are " + String.join(",", COLUMNS)
                                + " (any order) and optionally id");
            } else if (columns.putIfAbsent(name, i) != null) {
                problem(row.line(), "column '" + name + "' appears twice");
            }
        }
        List<String> missing =
                COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problem(
                    row.line(),
                    "the header lacks column(s) " + String.join(",", missing) + "; the columns are "
                            + String.join(",", COLUMNS) + " (any order)");
        }
        return columns;
    }

    private static SubscriberRequest request(SubscriberCsvParser.Row row, Map<String, Integer> columns)
            throws SubscriberFieldException {
        String email = SubscriberInput.email(cell(row, columns, "email"));
        String id = SubscriberInput.id(cell(row, columns, ID_COLUMN));
        if (id == null && email == null) {
            throw new SubscriberFieldException("email", "is required (the subscriber id comes from it)");
        }
        return new SubscriberRequest(
                id != null ? id : SubscriberIds.forEmail(email),
                email,
                SubscriberInput.name(cell(row, columns, "name")),
                SubscriberInput.locale(cell(row, columns, "locale")),
                SubscriberInput.themes(cell(row, columns, "themes"), LIST_SEPARATOR),
                SubscriberInput.channels(cell(row, columns, "channels"), LIST_SEPARATOR),
                SubscriberInput.slackChannel(cell(row, columns, "slack")),
                SubscriberInput.status(cell(row, columns, "status"), IMPORTABLE_STATUSES));
    }

    private static String duplicate(SubscriberRequest request, int earlier) {
        return request.email() != null
                ? "email " + SubscriberInput.shown(request.email()) + " is already on line " + earlier
                : "id " + SubscriberInput.shown(request.id()) + " is already on line " + earlier;
    }

    private static String cell(SubscriberCsvParser.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? null : row.fields().get(index);
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }

    private void failIfProblems() {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(file)
                .append(problems.size() == 1 ? " has 1 problem" : " has " + problems.size() + " problems")
                .append("; nothing was published:");
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> message.append("\n").append(p));
        if (problems.size() > MAX_PROBLEMS) {
            message.append("\n")
                    .append("... and ")
                    .append(problems.size() - MAX_PROBLEMS)
                    .append(" more");
        }
        throw new UserFacingException(message.toString());
    }
}
