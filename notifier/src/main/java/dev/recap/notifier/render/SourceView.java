package dev.recap.notifier.render;

import java.util.Objects;

/** A post an item comes from: its title (or its address), author and language; url is an http(s) link or null. */
public record SourceView(String title, String url, String author, String language) {

    public SourceView {
        Objects.requireNonNull(title, "title");
    }

    /** " — Author (fr)" after the title, or an empty string. */
    public String suffix() {
        String lang = language == null ? "" : " (" + language + ")";
        return author == null ? lang : " — " + author + lang;
    }
}
