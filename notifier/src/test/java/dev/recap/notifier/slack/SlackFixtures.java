package dev.recap.notifier.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.Subscriber;
import dev.recap.notifier.TestDigests;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** Digests long enough to split, Slack subscribers, and ways to read payloads back. */
final class SlackFixtures {

    static final List<String> THEMES = SubscriberIds.THEMES;

    private SlackFixtures() {}

    /** {@code themes} themes of {@code items} items whose titles are {@code titleChars} long. */
    static Digest longDigest(int themes, int items, int titleChars) {
        List<DigestSection> sections = new ArrayList<>();
        for (String theme : THEMES.subList(0, themes)) {
            List<DigestItem> list = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                String title = ("Talk " + i + " about " + theme + " ")
                        .repeat(titleChars)
                        .substring(0, titleChars);
                list.add(TestDigests.talk(title, "https://example.org/" + theme + "/" + i, theme));
            }
            sections.add(new DigestSection(theme, list, list.size()));
        }
        List<DigestItem> headlines = sections.get(0).getItems().subList(0, Math.min(5, items));
        return TestDigests.digest(TestDigests.WEEK, headlines, sections.toArray(DigestSection[]::new));
    }

    /** An ACTIVE subscriber that is a Slack channel. */
    static Subscriber channel(String id, String slackChannel, String locale, String... themes) {
        return Subscriber.newBuilder(TestDigests.subscriber(id, locale, themes))
                .setEmail(null)
                .setChannels(List.of(Channel.SLACK))
                .setSlackChannel(slackChannel)
                .build();
    }

    static List<JsonNode> blocks(ObjectNode payload) {
        return StreamSupport.stream(payload.get("blocks").spliterator(), false).toList();
    }

    static List<String> sectionTexts(ObjectNode payload) {
        return blocks(payload).stream()
                .filter(b -> b.get("type").asText().equals("section"))
                .map(b -> b.get("text").get("text").asText())
                .toList();
    }

    static String headerText(ObjectNode payload) {
        return payload.get("blocks").get(0).get("text").get("text").asText();
    }
}
