package dev.recap.notifier.subscribers;

import dev.recap.schemas.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Subscriber identity shared by the web sign-up and the command line: an email address always gives the
 * same id, whatever its case or surrounding spaces, so signing up twice updates one subscriber. Also the
 * theme ids a subscriber may follow (those of {@code THEMES.md}).
 */
public final class SubscriberIds {

    /** The 13 theme ids, in the order of {@code THEMES.md}. */
    public static final List<String> THEMES = List.of(
            "gitops-delivery",
            "ebpf-networking",
            "security-supply-chain",
            "observability",
            "service-mesh",
            "sustainability",
            "storage-stateful",
            "runtime-containers",
            "platform-multitenancy",
            "wasm",
            "ai-ml",
            "community",
            "other");

    private static final int HASH_CHARS = 16;

    private SubscriberIds() {}

    /** {@code s-} and the first 16 hex digits of the SHA-256 of the trimmed, lower-cased address. */
    public static String forEmail(String email) {
        Objects.requireNonNull(email, "email");
        return "s-" + Identity.sha256Hex(email.strip().toLowerCase(Locale.ROOT)).substring(0, HASH_CHARS);
    }

    /** Whether {@code theme} is one of {@link #THEMES}. */
    public static boolean isTheme(String theme) {
        return THEMES.contains(theme);
    }
}
