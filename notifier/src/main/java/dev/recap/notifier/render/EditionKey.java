package dev.recap.notifier.render;

import dev.recap.events.Digest;
import java.util.Set;

/**
 * What an email edition depends on apart from the reader: the digest (by identity, as the sender renders
 * one digest object for many readers and two digests may share an id in tests), language, themes and
 * activity.
 */
final class EditionKey {

    private final Digest digest;
    private final String lang;
    private final Set<String> themes;
    private final WeekActivity activity;
    private final int hash;

    EditionKey(Digest digest, String lang, Set<String> themes, WeekActivity activity) {
        this.digest = digest;
        this.lang = lang;
        this.themes = themes;
        this.activity = activity;
        this.hash = ((System.identityHashCode(digest) * 31 + lang.hashCode()) * 31 + themes.hashCode()) * 31
                + activity.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EditionKey that
                && digest == that.digest
                && hash == that.hash
                && lang.equals(that.lang)
                && themes.equals(that.themes)
                && activity.equals(that.activity);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
