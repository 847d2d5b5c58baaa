package dev.recap.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identities that make replays safe (DESIGN.md, "Events and topics"): a post id is a hash of the
 * canonical URL, else of the source path; a talk key is the normalised title. Same input, same id, on
 * any machine.
 */
public final class Identity {

    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(talk|keynote|lightning talk|panel discussion|panel|tutorial|workshop|contribfest|conference|session)\\s*[:\\-–—]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int POST_ID_HEX_CHARS = 16;

    private Identity() {}

    /** The post id: 16 hex characters of SHA-256 over the canonical URL when there is one, else the source. */
    public static String postId(String canonicalUrl, String source) {
        String basis = canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl.strip() : source;
        Objects.requireNonNull(basis, "a post needs a canonical URL or a source");
        return sha256Hex(basis).substring(0, POST_ID_HEX_CHARS);
    }

    /**
     * The talk key: the title without a {@code Talk:}/{@code Keynote:}-style prefix, accents, case and
     * punctuation, words separated by one space. {@code "Talk: Argo CD — Core!"} gives {@code "argo cd core"}.
     */
    public static String talkKey(String title) {
        String stripped = Objects.requireNonNull(title, "title").strip();
        String t = mayHavePrefix(stripped) ? TITLE_PREFIX.matcher(stripped).replaceFirst("") : stripped;
        t = TextFolding.words(TextFolding.withoutMarks(t).toLowerCase(Locale.ROOT), false);
        return t.isEmpty() ? stripped.toLowerCase(Locale.ROOT) : t;
    }

    // The prefix pattern needs one of its separators: most titles and every plain name skip the matcher.
    private static boolean mayHavePrefix(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == ':' || c == '-' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
