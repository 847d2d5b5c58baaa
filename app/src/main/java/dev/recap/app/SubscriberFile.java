package dev.recap.app;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML list of subscribers ({@code samples/subscribers.yaml}) into {@link Subscriber} records,
 * checking each entry and naming the entry and field that is wrong.
 */
final class SubscriberFile {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\r\\n]+@[^@\\s\\r\\n]+\\.[^@\\s\\r\\n]+");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int MAX_BYTES = 1 << 20;

    private SubscriberFile() {}

    static List<Subscriber> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(file + " is larger than 1 MiB; is it really a subscriber list?");
            }
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            LoadSettings settings = LoadSettings.builder()
                    .setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(10)
                    .build();
            Object root = new Load(settings).loadFromString(yaml);
            if (!(root instanceof Map<?, ?> map) || !(map.get("subscribers") instanceof List<?> entries)) {
                throw new UserFacingException(file + " must hold a 'subscribers:' list");
            }
            List<Subscriber> subscribers = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    throw new UserFacingException(file + ": subscriber #" + (i + 1) + " is not a mapping");
                }
                subscribers.add(toSubscriber(file, i + 1, entry));
            }
            return subscribers;
        } catch (IOException e) {
            throw new UserFacingException("Cannot read subscribers from " + file + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new UserFacingException(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Subscriber toSubscriber(Path file, int index, Map<?, ?> entry) {
        String where = file + ": subscriber #" + index;
        String id = text(entry, "id");
        if (id == null || !ID.matcher(id).matches()) {
            throw new UserFacingException(where + " needs an 'id' of lower-case letters, digits, '.', '_' or '-'");
        }
        String email = text(entry, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserFacingException(where + " (" + id + ") has an invalid email '" + email + "'");
        }
        String locale =
                text(entry, "locale") == null ? "en" : text(entry, "locale").toLowerCase(Locale.ROOT);
        if (!List.of("en", "fr").contains(locale)) {
            throw new UserFacingException(where + " (" + id + "): locale must be en or fr, not '" + locale + "'");
        }
        Instant consented = instant(where, entry, "consented");
        List<String> themes;
        String slack;
        try {
            themes = SubscriberInput.themes(String.join(",", list(entry, "themes")), ',');
            slack = SubscriberInput.slackChannel(text(entry, "slack"));
        } catch (SubscriberFieldException e) {
            throw new UserFacingException(where + " (" + id + "): " + e.getMessage(), e);
        }
        return Subscriber.newBuilder()
                .setId(id)
                .setEmail(email)
                .setName(text(entry, "name"))
                .setLocale(locale)
                .setThemes(themes == null ? List.of() : themes)
                .setChannels(list(entry, "channels").stream()
                        .map(c -> Channel.valueOf(c.toUpperCase(Locale.ROOT)))
                        .toList())
                .setSlackChannel(slack)
                .setStatus(SubscriberStatus.valueOf(
                        (text(entry, "status") == null ? "active" : text(entry, "status")).toUpperCase(Locale.ROOT)))
                .setConsentedAt(consented)
                .setUpdatedAt(consented == null ? Instant.EPOCH : consented)
                .build();
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : value.toString().strip();
    }

    private static List<String> list(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values.stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    private static Instant instant(String where, Map<?, ?> entry, String key) {
        String value = text(entry, key);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(
                    where + ": '" + key + "' must be an ISO instant such as 2023-04-01T00:00:00Z");
        }
    }
}
