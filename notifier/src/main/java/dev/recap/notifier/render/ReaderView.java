package dev.recap.notifier.render;

import java.util.Objects;

/**
 * The footer lines that belong to one reader: why they get the email (address and themes), and the
 * preferences and unsubscribe links.
 */
public record ReaderView(String why, String preferencesUrl, String unsubscribeUrl) {

    public ReaderView {
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }
}
