package dev.recap.ingest.extract;

import dev.recap.ingest.parse.ParsedPost;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed post with what the extractor found in it: the conference it covers (when recognised), its
 * talks in order, and the projects named anywhere in it.
 */
public record PostExtraction(
        ParsedPost post, Optional<Conference> conference, List<ExtractedTalk> talks, List<String> projects) {

    public PostExtraction {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(conference, "conference");
        talks = List.copyOf(talks);
        projects = List.copyOf(projects);
        for (int i = 0; i < talks.size(); i++) {
            if (talks.get(i).position() != i) {
                throw new IllegalArgumentException("talk positions must be 0..n-1 in order");
            }
        }
    }
}
