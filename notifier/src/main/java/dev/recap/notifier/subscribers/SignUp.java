package dev.recap.notifier.subscribers;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A checked sign-up request: a single bare email address, an optional display name, a locale ({@code en} or
 * {@code fr}) and theme ids of {@link SubscriberIds#THEMES} (none means all). {@link #of} names every
 * problem at once.
 */
public record SignUp(String email, Optional<String> name, String locale, List<String> themes) {

    /** The locales digests and confirmation emails are written in. */
    public static final List<String> LOCALES = List.of("en", "fr");

    static final int MAX_EMAIL_CHARS = 254;
    static final int MAX_NAME_CHARS = 100;

    public SignUp {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        themes = List.copyOf(themes);
    }

    /** The subscriber id of this address. */
    public String subscriberId() {
        return SubscriberIds.forEmail(email);
    }

    /**
     * A sign-up from raw form values ({@code null} or blank name, locale and themes take their defaults).
     *
     * @throws InvalidSignUpException listing every problem, in the order email, name, locale, themes
     */
    public static SignUp of(String email, String name, String locale, List<String> themes) {
        List<String> problems = new ArrayList<>();
        String address = email == null ? "" : email.strip();
        checkEmail(address, problems);
        Optional<String> displayName =
                Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty());
        displayName.ifPresent(n -> checkName(n, problems));
        String language =
                locale == null || locale.isBlank() ? "en" : locale.strip().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(language)) {
            problems.add("The language must be en or fr");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String theme : themes == null ? List.<String>of() : themes) {
            String id = theme.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (SubscriberIds.isTheme(id)) {
                wanted.add(id);
            } else {
                problems.add("Unknown theme '" + id + "'; themes are " + String.join(", ", SubscriberIds.THEMES));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSignUpException(problems);
        }
        return new SignUp(address, displayName, language, List.copyOf(wanted));
    }

    private static void checkEmail(String address, List<String> problems) {
        if (address.isEmpty()) {
            problems.add("An email address is required");
            return;
        }
        if (address.length() > MAX_EMAIL_CHARS) {
            problems.add("The email address is longer than " + MAX_EMAIL_CHARS + " characters");
            return;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // A display name, a group or a second address would change who receives the confirmation.
            if (!address.equals(parsed.getAddress()) || address.indexOf('@') < 1 || !domainHasDot(address)) {
                problems.add("The email address is not valid");
            }
        } catch (AddressException e) {
            problems.add("The email address is not valid");
        }
    }

    private static boolean domainHasDot(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1);
        return domain.indexOf('.') > 0 && !domain.endsWith(".");
    }

    private static void checkName(String name, List<String> problems) {
        if (name.length() > MAX_NAME_CHARS) {
            problems.add("The name is longer than " + MAX_NAME_CHARS + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add("The name must not contain control characters");
        }
    }
}
