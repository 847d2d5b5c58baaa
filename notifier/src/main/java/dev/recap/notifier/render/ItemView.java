package dev.recap.notifier.render;

import java.util.Objects;

/**
 * One digest item as a reader sees it: plain strings, already localised and shortened. The url is
 * {@code null} unless it is an http(s) link; templates escape every field.
 */
public record ItemView(String title, String url, String speakers, String day, String summary, String projects) {

    public ItemView {
        Objects.requireNonNull(title, "title");
    }

    /** The line under the title: speakers with companies, then the day, either one possibly missing. */
    public String byline() {
        if (speakers == null) {
            return day;
        }
        return day == null ? speakers : speakers + " · " + day;
    }
}
