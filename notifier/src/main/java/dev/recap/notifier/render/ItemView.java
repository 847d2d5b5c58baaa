package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/**
 * One digest item as a reader sees it: plain strings, already localised and shortened. The byline is the
 * speakers with companies and the day for a talk, the author, language and day for a post. Urls are
 * {@code null} unless they are http(s) links; templates escape every field.
 */
public record ItemView(
        String title, String url, String byline, String summary, String projects, List<SourceView> sources) {

    public ItemView {
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
    }
}
