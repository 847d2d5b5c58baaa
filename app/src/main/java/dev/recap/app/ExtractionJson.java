package dev.recap.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.ingest.FileOutcome;
import dev.recap.ingest.extract.ExtractedTalk;
import dev.recap.ingest.extract.OfficialTitles;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkSpeaker;
import dev.recap.ingest.parse.ParsedPost;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what ingest made of one file into the JSON object of the {@code recap extract} contract
 * (DESIGN.md): the post's metadata, its themes and projects, and its talks, or an error with its reason.
 * Fields always come in the contract's order and absent values are {@code null}, so output is stable.
 */
final class ExtractionJson {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ThemeClassifier classifier;
    private final OfficialTitles officialTitles;

    ExtractionJson(ThemeClassifier classifier) {
        this(classifier, OfficialTitles.none());
    }

    ExtractionJson(ThemeClassifier classifier, OfficialTitles officialTitles) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.officialTitles = Objects.requireNonNull(officialTitles, "officialTitles");
    }

    /**
     * The objects for {@code outcome}: one for a post or a rejected input, one per item of a feed (with its
     * {@code item} number, from 1), one listing the talks of a schedule or the feeds of a feed list.
     */
    List<ObjectNode> objects(String file, FileOutcome outcome) {
        if (outcome instanceof FileOutcome.FeedExtracted feed) {
            List<ObjectNode> items = new ArrayList<>();
            for (PostExtraction extraction : feed.extractions()) {
                ObjectNode node = mapper.createObjectNode();
                node.put("file", file);
                node.put("item", items.size() + 1);
                items.add(withPost(node, extraction));
            }
            return items;
        }
        if (outcome instanceof FileOutcome.Schedule schedule) {
            ObjectNode node = mapper.createObjectNode();
            node.put("file", file);
            ArrayNode talks = node.putObject("schedule").putArray("talks");
            schedule.talks().forEach(talk -> talks.add(scheduled(talk)));
            return List.of(node);
        }
        if (outcome instanceof FileOutcome.FeedList list) {
            ObjectNode node = mapper.createObjectNode();
            node.put("file", file);
            strings(node.putArray("feeds"), list.feeds());
            return List.of(node);
        }
        return List.of(of(file, outcome));
    }

    /** {@link #objects} as lines of JSON. */
    List<String> lines(String file, FileOutcome outcome) {
        return objects(file, outcome).stream().map(this::json).toList();
    }

    /** The object for {@code outcome} of the input shown as {@code file}. */
    ObjectNode of(String file, FileOutcome outcome) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", file);
        if (outcome instanceof FileOutcome.Rejected rejected) {
            ObjectNode error = node.putObject("error");
            error.put("reason", rejected.reason().code());
            error.put("message", rejected.message());
            return node;
        }
        return withPost(node, ((FileOutcome.Extracted) outcome).extraction());
    }

    private ObjectNode withPost(ObjectNode node, PostExtraction extraction) {
        node.set("post", post(extraction.post()));
        strings(node.putArray("themes"), postThemes(extraction));
        strings(node.putArray("projects"), extraction.projects());
        ArrayNode talks = node.putArray("talks");
        extraction.talks().forEach(talk -> talks.add(talk(talk)));
        return node;
    }

    private String json(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of strings cannot fail to serialise", e);
        }
    }

    /** The themes of a whole post: its title, summary and body with the projects it names. */
    List<String> postThemes(PostExtraction extraction) {
        ParsedPost post = extraction.post();
        String text = String.join(" ", post.title(), Objects.requireNonNullElse(post.summary(), ""), post.bodyText());
        return classifier.classify(text, extraction.projects());
    }

    /** The official title of {@code talk} in the schedules given, if one names it. */
    Optional<String> officialTitle(ExtractedTalk talk) {
        return officialTitles.of(talk);
    }

    /** The themes of one talk: its title and summary with the projects named in its section. */
    List<String> talkThemes(ExtractedTalk talk) {
        String text = talk.title() + " " + Objects.requireNonNullElse(talk.summary(), "");
        return classifier.classify(text, talk.projects());
    }

    private ObjectNode post(ParsedPost post) {
        ObjectNode node = mapper.createObjectNode();
        node.put("title", post.title());
        node.put("author", post.author());
        node.put("date", iso(post.publishedDate()));
        node.put(
                "dateSource",
                post.dateSource() == null ? null : lower(post.dateSource().name()));
        node.put("language", post.language());
        node.put("format", lower(post.format().name()));
        strings(node.putArray("tags"), post.tags());
        node.put("url", post.canonicalUrl());
        return node;
    }

    private ObjectNode talk(ExtractedTalk talk) {
        ObjectNode node = mapper.createObjectNode();
        node.put("title", talk.title());
        node.put("canonicalTitle", officialTitle(talk).orElse(null));
        ArrayNode speakers = node.putArray("speakers");
        for (TalkSpeaker speaker : talk.speakers()) {
            speakers.addObject().put("name", speaker.name()).put("company", speaker.company());
        }
        node.put("day", iso(talk.day()));
        strings(node.putArray("themes"), talkThemes(talk));
        strings(node.putArray("projects"), talk.projects());
        node.put("summary", talk.summary());
        return node;
    }

    private ObjectNode scheduled(ScheduleEntry talk) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", talk.id());
        node.put("title", talk.title());
        ArrayNode speakers = node.putArray("speakers");
        talk.speakers().forEach(s -> speakers.addObject().put("name", s.name()).put("company", s.company()));
        node.put("start", talk.start() == null ? null : talk.start().toString());
        node.put("end", talk.end() == null ? null : talk.end().toString());
        node.put("room", talk.room());
        node.put("track", talk.track());
        node.put("url", talk.url());
        return node;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
