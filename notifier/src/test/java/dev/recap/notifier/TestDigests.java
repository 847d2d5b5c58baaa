package dev.recap.notifier;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.events.Speaker;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Digests and subscribers for tests, built the way the Streams app and the CLI would write them. */
public final class TestDigests {

    public static final String WEEK = "2023-W16";
    public static final String DIGEST_ID = "2023-W16-0123456789ab";
    public static final String ARGO_TITLE = "Argo CD Core - A Pure GitOps Agent for Kubernetes";
    public static final String CILIUM_TITLE = "Cilium Mesh: One Mesh to Connect Them All";
    public static final String OTEL_TITLE = "OpenTelemetry Profiling Is Here";
    public static final Instant UPDATED = Instant.parse("2023-04-01T09:00:00Z");

    private TestDigests() {}

    /** Three themes, one item each; the Argo talk is also the headline. */
    public static Digest standard() {
        DigestItem argo = talk(ARGO_TITLE, "https://example.org/argo", "gitops-delivery");
        return digest(
                WEEK,
                List.of(argo),
                section("gitops-delivery", argo),
                section("ebpf-networking", talk(CILIUM_TITLE, "https://example.org/cilium", "ebpf-networking")),
                section("observability", talk(OTEL_TITLE, null, "observability")));
    }

    public static Digest digest(String week, List<DigestItem> headlines, DigestSection... sections) {
        return Digest.newBuilder()
                .setId(week + "-0123456789ab")
                .setWeek(week)
                .setZone("Europe/Amsterdam")
                .setWeekStart(LocalDate.of(2023, 4, 17))
                .setSections(List.of(sections))
                .setHeadlines(headlines)
                .setSpotlight(List.of(new ProjectCount("Argo", 4, 0), new ProjectCount("Cilium", 3, 0)))
                .setStats(DigestStats.newBuilder()
                        .setPosts(12)
                        .setTalks(30)
                        .setThemes(sections.length)
                        .setProjects(9)
                        .setLanguages(List.of("en", "fr"))
                        .build())
                .setContentHash("0123456789abcdef")
                .build();
    }

    public static DigestSection section(String theme, DigestItem... items) {
        return new DigestSection(theme, List.of(items), items.length);
    }

    public static DigestItem talk(String title, String url, String theme) {
        return DigestItem.newBuilder()
                .setId("talk:" + title.toLowerCase(Locale.ROOT))
                .setKind(ItemKind.TALK)
                .setTitle(title)
                .setUrl(url)
                .setThemes(List.of(theme))
                .setDay("2023-04-18")
                .setSpeakers(List.of(new Speaker("Alice Doe", "Acme"), new Speaker("Bob Roe", null)))
                .setSummary("How the team runs it in production.")
                .setProjects(List.of("Argo", "Flux"))
                .build();
    }

    /** {@code themes} sections of {@code items} items, each with a summary of about {@code summaryChars}. */
    public static Digest big(int themes, int items, int summaryChars) {
        List<String> ids = SubscriberIds.THEMES;
        String summary = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(summaryChars / 57 + 1);
        List<DigestSection> sections = new ArrayList<>();
        for (String theme : ids.subList(0, themes)) {
            List<DigestItem> list = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                DigestItem item =
                        talk("Talk " + i + " about " + theme, "https://example.org/" + theme + "/" + i, theme);
                item.setSummary(summary);
                list.add(item);
            }
            sections.add(new DigestSection(theme, list, list.size()));
        }
        return digest(WEEK, sections.get(0).getItems().subList(0, 5), sections.toArray(DigestSection[]::new));
    }

    /** An ACTIVE email subscriber. */
    public static Subscriber subscriber(String id, String locale, String... themes) {
        return Subscriber.newBuilder()
                .setId(id)
                .setEmail(id + "@example.org")
                .setName("Reader " + id)
                .setLocale(locale)
                .setThemes(List.of(themes))
                .setChannels(List.of(Channel.EMAIL))
                .setStatus(SubscriberStatus.ACTIVE)
                .setConsentedAt(UPDATED)
                .setUpdatedAt(UPDATED)
                .build();
    }
}
