package dev.recap.ingest.extract;

import java.util.Objects;

/** A person on stage as a post names them, with the company the post gives ({@code null} when none). */
public record TalkSpeaker(String name, String company) {

    public TalkSpeaker {
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        company = company == null || company.isBlank() ? null : company.strip();
    }
}
