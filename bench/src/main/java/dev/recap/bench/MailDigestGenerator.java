package dev.recap.bench;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.events.SourcePost;
import dev.recap.events.Speaker;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.schemas.Identity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A deterministic week for {@link MailBenchmark}: one digest of 30 items over 8 themes (speakers, summaries
 * of 200–400 characters, source posts, headlines, a project spotlight) and ACTIVE email subscribers {@code
 * s000001}… in English and French, each wanting every theme or one to four of them. Same seed, same records.
 */
final class MailDigestGenerator {

    static final String WEEK = "2026-W48";
    static final List<String> THEMES = List.of(
            "gitops-delivery",
            "ebpf-networking",
            "security-supply-chain",
            "observability",
            "service-mesh",
            "sustainability",
            "storage-stateful",
            "runtime-containers");
    static final int ITEMS = 30;
    static final int MIN_SUMMARY_CHARS = 200;
    static final int MAX_SUMMARY_CHARS = 400;
    // the share of subscribers who keep the default: every theme
    private static final double ALL_THEMES = 0.4;
    private static final Instant UPDATED = Instant.parse("2026-11-20T09:00:00Z");
    private static final List<String> PROJECTS =
            List.of("Argo", "Flux", "Cilium", "Envoy", "Istio", "OpenTelemetry", "Prometheus", "Falco", "Rook");
    private static final List<String> WORDS = List.of(
            "cluster",
            "rollout",
            "policy",
            "latency",
            "sidecar",
            "kernel",
            "probe",
            "tenant",
            "operator",
            "controller",
            "budget",
            "signal",
            "trace",
            "supply",
            "chain",
            "image",
            "registry",
            "volume",
            "quorum",
            "upgrade",
            "canary",
            "waste",
            "carbon",
            "scheduler",
            "fleet",
            "incident",
            "dashboard",
            "network");
    private static final List<String> PEOPLE = List.of(
            "Alice Martin",
            "Bruno Keller",
            "Chloé Durand",
            "Dev Patel",
            "Eun-ji Park",
            "Farid Haddad",
            "Greta Nilsson",
            "Hiro Tanaka",
            "Inès Moreau",
            "João Silva",
            "Kemi Adeyemi",
            "Lena Vogel");
    private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay");

    private final long seed;

    MailDigestGenerator(long seed) {
        this.seed = seed;
    }

    /** The week's digest; items go round-robin over the themes, best score first within each. */
    Digest digest() {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<DigestItem>> byTheme = new ArrayList<>();
        THEMES.forEach(t -> byTheme.add(new ArrayList<>()));
        for (int i = 0; i < ITEMS; i++) {
            byTheme.get(i % THEMES.size()).add(item(random, i, THEMES.get(i % THEMES.size())));
        }
        List<DigestSection> sections = new ArrayList<>();
        for (int t = 0; t < THEMES.size(); t++) {
            List<DigestItem> items = byTheme.get(t);
            items.sort((a, b) -> Integer.compare(b.getScore(), a.getScore()));
            sections.add(new DigestSection(THEMES.get(t), items, items.size() + random.nextInt(3)));
        }
        List<ProjectCount> spotlight = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            spotlight.add(new ProjectCount(PROJECTS.get(p), 12 - 2 * p, random.nextInt(-3, 4)));
        }
        String hash = Identity.sha256Hex(WEEK + "/" + seed);
        return Digest.newBuilder()
                .setId(WEEK + "-" + hash.substring(0, 12))
                .setWeek(WEEK)
                .setZone("Europe/Paris")
                .setWeekStart(LocalDate.of(2026, 11, 23))
                .setSections(sections)
                .setHeadlines(List.of(
                        sections.get(0).getItems().get(0),
                        sections.get(1).getItems().get(0),
                        sections.get(2).getItems().get(0)))
                .setSpotlight(spotlight)
                .setStats(DigestStats.newBuilder()
                        .setPosts(ITEMS + 12)
                        .setTalks(ITEMS)
                        .setThemes(THEMES.size())
                        .setProjects(PROJECTS.size())
                        .setLanguages(List.of("en", "fr"))
                        .build())
                .setContentHash(hash)
                .build();
    }

    /** Subscriber {@code n} (1-based) of the run: id {@code s000001}, locale alternating en and fr. */
    Subscriber subscriber(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        List<String> themes = List.of();
        if (random.nextDouble() >= ALL_THEMES) {
            List<String> shuffled = new ArrayList<>(THEMES);
            Collections.shuffle(shuffled, new Random(random.nextLong()));
            themes = List.copyOf(shuffled.subList(0, 1 + random.nextInt(4)));
        }
        String id = String.format(Locale.ROOT, "s%06d", n);
        return Subscriber.newBuilder()
                .setId(id)
                .setEmail(id + "@example.org")
                .setName("Reader " + n)
                .setLocale(n % 2 == 1 ? "en" : "fr")
                .setThemes(themes)
                .setChannels(List.of(Channel.EMAIL))
                .setStatus(SubscriberStatus.ACTIVE)
                .setConsentedAt(UPDATED)
                .setUpdatedAt(UPDATED)
                .build();
    }

    private static DigestItem item(SplittableRandom random, int i, String theme) {
        boolean talk = i % 3 != 2;
        String title = capitalised(words(random, 4 + random.nextInt(5))) + (talk ? " at KubeCon" : "");
        List<Speaker> speakers = new ArrayList<>();
        for (int s = 0; s < (talk ? 1 + random.nextInt(3) : 0); s++) {
            speakers.add(new Speaker(
                    PEOPLE.get(random.nextInt(PEOPLE.size())),
                    random.nextBoolean() ? COMPANIES.get(random.nextInt(COMPANIES.size())) : null));
        }
        List<String> sources = new ArrayList<>();
        List<SourcePost> posts = new ArrayList<>();
        for (int p = 0; p < 1 + random.nextInt(3); p++) {
            String postId = Identity.sha256Hex(theme + i + "/" + p).substring(0, 16);
            sources.add(postId);
            posts.add(new SourcePost(
                    postId,
                    capitalised(words(random, 6)),
                    PEOPLE.get(random.nextInt(PEOPLE.size())),
                    random.nextInt(4) == 0 ? "fr" : "en",
                    "https://blog.example.org/" + postId));
        }
        String slug = theme + "-" + i;
        return DigestItem.newBuilder()
                .setId((talk ? "talk:" : "post:") + slug)
                .setKind(talk ? ItemKind.TALK : ItemKind.POST)
                .setTitle(title)
                .setUrl("https://example.org/" + slug)
                .setThemes(List.of(theme))
                .setDay("2026-11-2" + (3 + i % 5))
                .setSpeakers(speakers)
                .setSummary(summary(random))
                .setProjects(List.of(PROJECTS.get(i % PROJECTS.size()), PROJECTS.get((i + 3) % PROJECTS.size())))
                .setSources(sources)
                .setSourcePosts(posts)
                .setLanguage("en")
                .setScore(random.nextInt(1, 100))
                .setArrived("2026-11-2" + (3 + i % 5))
                .build();
    }

    private static String summary(SplittableRandom random) {
        int target = random.nextInt(MIN_SUMMARY_CHARS, MAX_SUMMARY_CHARS + 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < target) {
            text.append(capitalised(words(random, 6 + random.nextInt(8)))).append(". ");
        }
        // cut mid-sentence like the extractor's summaries: exactly the drawn length, ending in an ellipsis
        return text.substring(0, target - 1) + "\u2026";
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
