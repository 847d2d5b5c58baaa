package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.events.SourcePost;
import dev.recap.events.Speaker;
import dev.recap.events.ThemeDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A KubeCon Europe 2023 week as the Streams app would publish it: talks, posts, spotlight, theme-days. */
final class NewsletterFixtures {

    static final LocalDate MONDAY = LocalDate.of(2023, 4, 17);
    static final String ARGO = "Argo CD Core - A Pure GitOps Agent for Kubernetes";
    static final String CILIUM = "Cilium Mesh: One Mesh to Connect Them All";
    static final String OTEL = "OpenTelemetry Profiling Is Here";
    static final String SCANNERS = "Malicious Compliance: Reflections on Trusting Container Scanners";
    static final String RECAP_POST = "KubeCon EU 2023, day 1: what we learned";
    static final String FRENCH_POST = "Retour sur la KubeCon Europe 2023 à Amsterdam";
    static final String LATE_TALK = "Kepler: Measuring the Energy of Your Pods";

    private NewsletterFixtures() {}

    static Digest kubeconWeek() {
        DigestItem argo = talk(ARGO, "gitops-delivery", "2023-04-18", 40, "Argo", "Flux");
        DigestItem rollouts =
                talk("Progressive Delivery at Scale with Argo Rollouts", "gitops-delivery", "2023-04-19", 22, "Argo");
        DigestItem cilium = talk(CILIUM, "ebpf-networking", "2023-04-19", 35, "Cilium");
        DigestItem tetragon =
                talk("Tetragon: Runtime Enforcement with eBPF", "ebpf-networking", "2023-04-20", 18, "Cilium");
        DigestItem scanners = talk(SCANNERS, "security-supply-chain", "2023-04-20", 30, "Trivy");
        DigestItem otel = talk(OTEL, "observability", "2023-04-21", 28, "OpenTelemetry");
        DigestItem recap = post(RECAP_POST, "gitops-delivery", "2023-04-18", "Jane Blogger", "en", 25);
        DigestItem french = post(FRENCH_POST, "observability", "2023-04-21", "Camille Martin", "fr", 20);
        DigestItem late = talk(LATE_TALK, "sustainability", "2023-04-19", 12, "Kepler");
        late.setArrived("2023-04-24");
        return Digest.newBuilder()
                .setId("2023-W16-0123456789ab")
                .setWeek("2023-W16")
                .setZone("Europe/Amsterdam")
                .setWeekStart(MONDAY)
                .setSections(List.of(
                        new DigestSection("gitops-delivery", List.of(argo, recap, rollouts), 3),
                        new DigestSection("ebpf-networking", List.of(cilium, tetragon), 2),
                        new DigestSection("security-supply-chain", List.of(scanners), 1),
                        new DigestSection("observability", List.of(otel, french), 2)))
                .setHeadlines(List.of(argo, cilium, scanners))
                .setSpotlight(List.of(
                        new ProjectCount("Argo", 6, 2),
                        new ProjectCount("Cilium", 5, -1),
                        new ProjectCount("OpenTelemetry", 3, 0),
                        new ProjectCount("Kepler", 2, 2),
                        new ProjectCount("Trivy", 1, 1)))
                .setLateArrivals(List.of(late))
                .setStats(new DigestStats(4, 7, 5, 8, List.of("en", "fr")))
                .setContentHash("0123456789abcdef")
                .build();
    }

    /** Theme-days of the week: gitops 3,0,5,…; one day of the week before that must be ignored. */
    static List<ThemeDay> themeDays() {
        List<ThemeDay> days = new ArrayList<>();
        days.add(day("gitops-delivery", MONDAY, 1, 2));
        days.add(day("gitops-delivery", MONDAY.plusDays(2), 2, 3));
        days.add(day("gitops-delivery", MONDAY.plusDays(3), 1, 0));
        days.add(day("ebpf-networking", MONDAY.plusDays(1), 0, 4));
        days.add(day("ebpf-networking", MONDAY.plusDays(2), 1, 6));
        days.add(day("security-supply-chain", MONDAY.plusDays(3), 0, 2));
        days.add(day("observability", MONDAY.plusDays(4), 3, 1));
        days.add(day("observability", MONDAY.plusDays(6), 1, 0));
        days.add(day("gitops-delivery", MONDAY.minusDays(1), 9, 9));
        return days;
    }

    static ThemeDay day(String theme, LocalDate date, int posts, int talks) {
        return ThemeDay.newBuilder()
                .setTheme(theme)
                .setDay(date)
                .setPosts(posts)
                .setTalks(talks)
                .build();
    }

    static DigestItem talk(String title, String theme, String day, int score, String... projects) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return DigestItem.newBuilder()
                .setId("talk:" + slug)
                .setKind(ItemKind.TALK)
                .setTitle(title)
                .setUrl("https://kccnceu2023.sched.com/event/" + slug)
                .setThemes(List.of(theme))
                .setDay(day)
                .setSpeakers(List.of(new Speaker("Alice Doe", "Acme"), new Speaker("Bruno Roe", null)))
                .setSummary("The speakers showed how their team runs " + projects[0]
                        + " in production across forty clusters, what broke, and what they would do again.")
                .setProjects(List.of(projects))
                .setScore(score)
                .setSourcePosts(List.of(
                        new SourcePost("p1", RECAP_POST, "Jane Blogger", "en", "https://blog.example.org/kubecon-day1"),
                        new SourcePost("p2", FRENCH_POST, "Camille Martin", "fr", "https://blog.example.fr/kubecon")))
                .build();
    }

    static DigestItem post(String title, String theme, String day, String author, String language, int score) {
        String id = "post" + Math.abs(title.hashCode());
        return DigestItem.newBuilder()
                .setId("post:" + id)
                .setKind(ItemKind.POST)
                .setTitle(title)
                .setUrl("https://blog.example.org/" + id)
                .setThemes(List.of(theme))
                .setDay(day)
                .setLanguage(language)
                .setSummary("A first-hand account of the talks, the hallway track and the projects people kept naming.")
                .setScore(score)
                .setSourcePosts(List.of(new SourcePost(id, title, author, language, "https://blog.example.org/" + id)))
                .build();
    }
}
