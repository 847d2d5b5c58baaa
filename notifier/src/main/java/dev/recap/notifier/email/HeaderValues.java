package dev.recap.notifier.email;

import java.util.Objects;

/**
 * Guards every value that ends up in a mail header: a CR or LF would let a subject, a name or an address
 * inject extra headers (or a whole body), so such values are refused, never silently repaired.
 */
public final class HeaderValues {

    private HeaderValues() {}

    /** {@code value} itself when it holds no CR, LF or NUL; otherwise an {@link IllegalArgumentException}. */
    public static String singleLine(String header, String value) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, header);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                throw new IllegalArgumentException(
                        "Refusing a " + header + " header value containing CR, LF or NUL at index " + i);
            }
        }
        return value;
    }
}
