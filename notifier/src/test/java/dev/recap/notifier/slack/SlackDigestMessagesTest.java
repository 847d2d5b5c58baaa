package dev.recap.notifier.slack;

import static dev.recap.notifier.slack.SlackFixtures.blocks;
import static dev.recap.notifier.slack.SlackFixtures.headerText;
import static dev.recap.notifier.slack.SlackFixtures.sectionTexts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.Speaker;
import dev.recap.notifier.TestDigests;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackDigestMessagesTest {

    private static final URI WEB = URI.create("https://recap.example/web/2023-W16.html");
    private static final String BYLINE = " — Alice Doe (Acme), Bob Roe";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRenderAStandardDigestAsOneMessageWithHeaderThemesAndFooter() throws Exception {
        List<ObjectNode> payloads = new SlackDigestMessages().messages(TestDigests.standard(), "en", Set.of(), WEB);

        assertThat(payloads).hasSize(1);
        assertThat(json.writeValueAsString(payloads.get(0)))
                .isEqualTo("{\"text\":\"Recap — week 2023-W16\",\"unfurl_links\":false,\"unfurl_media\":false,"
                        + "\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\","
                        + "\"text\":\"Recap — week 2023-W16\",\"emoji\":true}},"
                        + "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\","
                        + "\"text\":\"12 posts · 30 talks · 3 themes · 9 projects\"}]},"
                        + section("*Headlines*\\n• <https://example.org/argo|" + TestDigests.ARGO_TITLE + ">" + BYLINE)
                        + ","
                        + section("*GitOps &amp; Delivery*\\n• <https://example.org/argo|" + TestDigests.ARGO_TITLE
                                + ">" + BYLINE)
                        + ","
                        + section("*eBPF &amp; Networking*\\n• <https://example.org/cilium|" + TestDigests.CILIUM_TITLE
                                + ">" + BYLINE)
                        + ","
                        + section("*Observability*\\n• " + TestDigests.OTEL_TITLE + BYLINE)
                        + ",{\"type\":\"divider\"},{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\","
                        + "\"text\":\"<https://recap.example/web/2023-W16.html|Read this digest on the web>"
                        + " · Data: CNCF Landscape, CC BY 4.0\"}]}]}");
    }

    @Test
    void shouldSplitALongDigestIntoNumberedPartsWithinSlackLimits() {
        Digest digest = SlackFixtures.longDigest(13, 25, 900);

        List<ObjectNode> payloads = new SlackDigestMessages(25).messages(digest, "en", Set.of(), WEB);

        assertThat(payloads)
                .extracting(SlackFixtures::headerText)
                .containsExactly(
                        "Recap — week 2023-W16 (1/3)", "Recap — week 2023-W16 (2/3)", "Recap — week 2023-W16 (3/3)");
        assertThat(payloads)
                .extracting(p -> p.get("text").asText())
                .containsExactly(
                        "Recap — week 2023-W16 (1/3)", "Recap — week 2023-W16 (2/3)", "Recap — week 2023-W16 (3/3)");
        assertThat(payloads).extracting(p -> blocks(p).size()).containsExactly(50, 50, 29);
        // 5 headlines of about 950 characters fill 2 sections; 25 such items fill 9 sections a theme.
        assertThat(payloads).extracting(p -> sectionTexts(p).size()).containsExactly(46, 47, 26);
        for (ObjectNode payload : payloads) {
            List<String> types =
                    blocks(payload).stream().map(b -> b.get("type").asText()).toList();
            assertThat(types.get(0)).isEqualTo("header");
            assertThat(types.subList(types.size() - 2, types.size())).containsExactly("divider", "context");
            assertThat(blocks(payload).get(blocks(payload).size() - 1).toString())
                    .contains("Read this digest on the web", "Data: CNCF Landscape, CC BY 4.0");
            assertThat(sectionTexts(payload))
                    .allSatisfy(text ->
                            assertThat(text.length()).isLessThanOrEqualTo(SlackDigestMessages.MAX_SECTION_CHARS));
            assertThat(payload.get("unfurl_links").asBoolean()).isFalse();
            assertThat(payload.get("unfurl_media").asBoolean()).isFalse();
        }
        assertThat(types(payloads.get(0))).startsWith("header", "context", "section");
        assertThat(types(payloads.get(1))).startsWith("header", "section");
    }

    @Test
    void shouldNeverCutAnItemLineBetweenSectionsOrParts() {
        Digest digest = SlackFixtures.longDigest(13, 25, 900);

        List<ObjectNode> payloads = new SlackDigestMessages(25).messages(digest, "en", Set.of(), WEB);

        List<String> lines = payloads.stream()
                .flatMap(p -> sectionTexts(p).stream())
                .flatMap(text -> Arrays.stream(text.split("\n")))
                .filter(line -> line.startsWith("• "))
                .toList();
        assertThat(lines).hasSize(5 + 13 * 25);
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line).startsWith("• <https://example.org/").endsWith(BYLINE));
        assertThat(sectionTexts(payloads.get(1)).get(0))
                .startsWith("*Service Mesh* (continued)\n• <https://example.org/service-mesh/24|Talk 24 about");
    }

    @Test
    void shouldShortenASingleOverlongItemWithAnEllipsis() {
        DigestItem huge = TestDigests.talk("Kubernetes ".repeat(500), "https://example.org/huge", "observability");
        Digest digest = TestDigests.digest(TestDigests.WEEK, List.of(), TestDigests.section("observability", huge));

        List<String> sections = sectionTexts(
                new SlackDigestMessages().messages(digest, "en", Set.of(), WEB).get(0));

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).length()).isLessThanOrEqualTo(SlackDigestMessages.MAX_SECTION_CHARS);
        assertThat(sections.get(0))
                .startsWith("*Observability*\n• <https://example.org/huge|Kubernetes Kubernetes ")
                .endsWith(" Kubernetes…>" + BYLINE);
    }

    @Test
    void shouldCutAnOverlongHeaderTo150CharactersAndKeepThePartNumber() {
        Digest digest = SlackFixtures.longDigest(13, 25, 900);
        digest.setWeek("W".repeat(300));

        List<ObjectNode> payloads = new SlackDigestMessages(25).messages(digest, "en", Set.of(), WEB);

        assertThat(payloads)
                .extracting(SlackFixtures::headerText)
                .allSatisfy(header -> assertThat(header)
                        .hasSize(SlackDigestMessages.MAX_HEADER_CHARS)
                        .startsWith("Recap — week WWW"));
        assertThat(headerText(payloads.get(0))).endsWith("W… (1/3)");
        assertThat(headerText(payloads.get(2))).endsWith("W… (3/3)");
    }

    @Test
    void shouldEscapeAmpersandAndAngleBracketsInTitlesLinksAndSpeakers() {
        DigestItem item =
                TestDigests.talk("Tips & <tricks> for >9000 pods", "https://example.org/a?x=1&y=2", "observability");
        item.setSpeakers(List.of(new Speaker("<!channel>", "R&D <Labs>")));
        Digest digest = TestDigests.digest(TestDigests.WEEK, List.of(), TestDigests.section("observability", item));

        List<String> sections = sectionTexts(
                new SlackDigestMessages().messages(digest, "en", Set.of(), WEB).get(0));

        assertThat(sections)
                .containsExactly("*Observability*\n• <https://example.org/a?x=1&amp;y=2|Tips &amp; &lt;tricks&gt; for"
                        + " &gt;9000 pods> — &lt;!channel&gt; (R&amp;D &lt;Labs&gt;)");
    }

    @Test
    void shouldDropLinksThatAreNotHttpOrHttps() {
        Digest digest = TestDigests.digest(
                TestDigests.WEEK,
                List.of(),
                TestDigests.section(
                        "observability",
                        talk("Script", "javascript:alert(1)"),
                        talk("App", "slack://open?team=T1"),
                        talk("Files", "ftp://example.org/x"),
                        talk("Relative", "/web/x.html"),
                        talk("Web", "http://example.org/web")));

        List<String> sections = sectionTexts(
                new SlackDigestMessages().messages(digest, "en", Set.of(), WEB).get(0));

        assertThat(sections)
                .containsExactly(
                        "*Observability*\n• Script\n• App\n• Files\n• Relative\n• <http://example.org/web|Web>");
    }

    @Test
    void shouldWriteFrenchLabelsForAFrenchChannel() {
        List<ObjectNode> payloads = new SlackDigestMessages().messages(TestDigests.standard(), "fr", Set.of(), WEB);

        ObjectNode payload = payloads.get(0);
        assertThat(headerText(payload)).isEqualTo("Recap — semaine 2023-W16");
        assertThat(blocks(payload).get(1).get("elements").get(0).get("text").asText())
                .isEqualTo("12 articles · 30 conférences · 3 thèmes · 9 projets");
        assertThat(sectionTexts(payload))
                .extracting(text -> text.substring(0, text.indexOf('\n')))
                .containsExactly(
                        "*À la une*", "*GitOps &amp; livraison continue*", "*eBPF &amp; réseau*", "*Observabilité*");
        assertThat(blocks(payload)
                        .get(blocks(payload).size() - 1)
                        .get("elements")
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo("<https://recap.example/web/2023-W16.html|Lire ce digest sur le web>"
                        + " · Données : CNCF Landscape, CC BY 4.0");
    }

    @Test
    void shouldShowOnlyTheThemesTheChannelFollows() {
        List<ObjectNode> payloads =
                new SlackDigestMessages().messages(TestDigests.standard(), "en", Set.of("observability"), WEB);

        assertThat(sectionTexts(payloads.get(0)))
                .containsExactly("*Observability*\n• " + TestDigests.OTEL_TITLE + BYLINE);
    }

    @Test
    void shouldSayNothingIsNewWhenNoFollowedThemeHasItems() {
        List<ObjectNode> payloads =
                new SlackDigestMessages().messages(TestDigests.standard(), "en", Set.of("wasm"), null);

        assertThat(sectionTexts(payloads.get(0)))
                .containsExactly("Nothing new in the themes this channel follows this week.");
        assertThat(blocks(payloads.get(0))
                        .get(blocks(payloads.get(0)).size() - 1)
                        .get("elements")
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo("Data: CNCF Landscape, CC BY 4.0");
    }

    @Test
    void shouldLinkTheItemsLeftOutOfATheme() {
        List<DigestItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(talk("Talk " + i, "https://example.org/" + i));
        }
        Digest digest = TestDigests.digest(
                TestDigests.WEEK, List.of(), TestDigests.section("observability", items.toArray(DigestItem[]::new)));

        List<String> sections = sectionTexts(
                new SlackDigestMessages().messages(digest, "en", Set.of(), WEB).get(0));

        assertThat(sections.get(0).split("\n")).hasSize(1 + 10 + 1);
        assertThat(sections.get(0))
                .endsWith("\n• <https://example.org/9|Talk 9>\n"
                        + "<https://recap.example/web/2023-W16.html|2 more in the web edition>");
    }

    @Test
    void shouldCountTheSourcesOfAnItem() {
        DigestItem one = talk("One", "https://example.org/1");
        one.setSources(List.of("post:a"));
        DigestItem three = talk("Three", "https://example.org/3");
        three.setSources(List.of("post:a", "post:b", "post:c"));
        three.setSpeakers(List.of(new Speaker("Ada", "Acme")));
        Digest digest =
                TestDigests.digest(TestDigests.WEEK, List.of(), TestDigests.section("observability", one, three));

        List<String> sections = sectionTexts(
                new SlackDigestMessages().messages(digest, "fr", Set.of(), WEB).get(0));

        assertThat(sections)
                .containsExactly("*Observabilité*\n• <https://example.org/1|One> · 1 source\n"
                        + "• <https://example.org/3|Three> — Ada (Acme) · 3 sources");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameDigest() throws Exception {
        SlackDigestMessages messages = new SlackDigestMessages(25);

        byte[] first =
                json.writeValueAsBytes(messages.messages(SlackFixtures.longDigest(13, 25, 900), "en", Set.of(), WEB));
        byte[] second =
                json.writeValueAsBytes(messages.messages(SlackFixtures.longDigest(13, 25, 900), "en", Set.of(), WEB));

        assertThat(first).isEqualTo(second);
    }

    private static DigestItem talk(String title, String url) {
        DigestItem item = TestDigests.talk(title, url, "observability");
        item.setSpeakers(List.of());
        return item;
    }

    private static List<String> types(ObjectNode payload) {
        return blocks(payload).stream()
                .map(JsonNode::toString)
                .map(b -> b.replaceAll(".*?\"type\":\"([a-z_]+)\".*", "$1"))
                .toList();
    }

    private static String section(String text) {
        return "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}}";
    }
}
