package dev.recap.app;

import dev.recap.events.Channel;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks and normalises what an operator types for a subscriber (command-line options or CSV cells). Each
 * method returns the clean value, {@code null} for a blank one (not given), or throws a {@link
 * SubscriberFieldException} that says what is expected. Values shown in messages are escaped and shortened.
 */
final class SubscriberInput {

    static final String WEBHOOK_VARIABLE_PREFIX = "RECAP_SLACK_WEBHOOK_";

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" + LABEL + "(?:\\."
                    + LABEL + ")*\\.[A-Za-z]{2,63}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SLACK_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 100;
    private static final int MAX_SHOWN = 60;

    private SubscriberInput() {}

    static String id(String raw) throws SubscriberFieldException {
        String id = blankToNull(raw);
        if (id != null && !ID.matcher(id).matches()) {
            throw new SubscriberFieldException(
                    "id", shown(id) + " must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    static String email(String raw) throws SubscriberFieldException {
        String email = blankToNull(raw);
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new SubscriberFieldException(
                    "email", shown(email) + " is not an email address (expected name@example.org)");
        }
        return email;
    }

    static String name(String raw) throws SubscriberFieldException {
        String name = blankToNull(raw);
        if (name != null && name.codePoints().anyMatch(Character::isISOControl)) {
            throw new SubscriberFieldException(
                    "name", shown(name) + " must not hold line breaks or control characters");
        }
        if (name != null && name.length() > MAX_NAME) {
            throw new SubscriberFieldException("name", "must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    static String locale(String raw) throws SubscriberFieldException {
        String locale = blankToNull(raw);
        if (locale != null && !List.of("en", "fr").contains(locale.toLowerCase(Locale.ROOT))) {
            throw new SubscriberFieldException("locale", "must be en or fr, was " + shown(locale));
        }
        return locale == null ? null : locale.toLowerCase(Locale.ROOT);
    }

    /** Theme ids separated by {@code separator}; {@code all} alone gives the empty list (every theme). */
    static List<String> themes(String raw, char separator) throws SubscriberFieldException {
        List<String> values = split(raw, separator);
        if (values == null || values.equals(List.of("all"))) {
            return values == null ? null : List.of();
        }
        List<String> unknown =
                values.stream().filter(t -> !SubscriberIds.isTheme(t)).toList();
        if (!unknown.isEmpty()) {
            String list = unknown.stream().map(SubscriberInput::shown).collect(Collectors.joining(", "));
            throw new SubscriberFieldException(
                    "themes",
                    (unknown.size() == 1 ? list + " is not a theme id" : list + " are not theme ids")
                            + "; use 'all' or any of: " + String.join(", ", SubscriberIds.THEMES));
        }
        return values;
    }

    static List<Channel> channels(String raw, char separator) throws SubscriberFieldException {
        List<String> values = split(raw, separator);
        if (values == null) {
            return null;
        }
        List<Channel> channels = new ArrayList<>();
        for (String value : values) {
            switch (value) {
                case "email" -> channels.add(Channel.EMAIL);
                case "slack" -> channels.add(Channel.SLACK);
                default ->
                    throw new SubscriberFieldException(
                            "channels", shown(value) + " is not a channel; use email, slack or both");
            }
        }
        return channels;
    }

    /** A Slack channel name; a webhook URL is refused without being echoed, since it is a secret. */
    static String slackChannel(String raw) throws SubscriberFieldException {
        String name = blankToNull(raw);
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.contains("/") || lower.startsWith("http") || lower.contains("slack.com")) {
            throw new SubscriberFieldException(
                    "slack",
                    "takes the name of a Slack channel, not a webhook URL. The URL is a secret and is never written"
                            + " to Kafka: put it in the environment as " + WEBHOOK_VARIABLE_PREFIX
                            + "<NAME> (for example " + webhookVariable("kubeweekly-fr")
                            + ") and give the name (kubeweekly-fr)");
        }
        if (!SLACK_NAME.matcher(name).matches()) {
            throw new SubscriberFieldException(
                    "slack", shown(name) + " must be lower-case letters, digits and '-' (for example kubeweekly-fr)");
        }
        return name;
    }

    static SubscriberStatus status(String raw, Set<SubscriberStatus> allowed) throws SubscriberFieldException {
        String status = blankToNull(raw);
        if (status == null) {
            return null;
        }
        for (SubscriberStatus candidate : allowed) {
            if (candidate.name().equalsIgnoreCase(status)) {
                return candidate;
            }
        }
        List<String> names =
                allowed.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        String choices = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new SubscriberFieldException("status", "must be " + choices + ", was " + shown(status));
    }

    /** The environment variable that holds the webhook URL of Slack channel {@code name}. */
    static String webhookVariable(String name) {
        return WEBHOOK_VARIABLE_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A value quoted for a message: control characters escaped, long values cut. */
    static String shown(String value) {
        StringBuilder text = new StringBuilder("'");
        value.codePoints().limit(MAX_SHOWN).forEach(c -> {
            switch (c) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                default -> text.append(Character.isISOControl(c) ? "?" : Character.toString(c));
            }
        });
        return text.append(value.codePointCount(0, value.length()) > MAX_SHOWN ? "...'" : "'")
                .toString();
    }

    private static List<String> split(String raw, char separator) {
        if (blankToNull(raw) == null) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : raw.split(Pattern.quote(String.valueOf(separator)), -1)) {
            String value = part.strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
