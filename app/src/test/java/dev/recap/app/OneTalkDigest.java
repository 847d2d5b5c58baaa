package dev.recap.app;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import java.time.LocalDate;
import java.util.List;

/** A digest with one talk (Argo CD Core, gitops-delivery) for command tests that need one on the topic. */
final class OneTalkDigest {

    static final String TITLE = "Argo CD Core - A Pure GitOps Agent for Kubernetes";

    private OneTalkDigest() {}

    static Digest of(String week, LocalDate monday) {
        DigestItem talk = DigestItem.newBuilder()
                .setId("talk:argo-cd-core")
                .setKind(ItemKind.TALK)
                .setTitle(TITLE)
                .setUrl("https://example.org/argo")
                .setThemes(List.of("gitops-delivery"))
                .setDay(monday.plusDays(1).toString())
                .setScore(2)
                .setArrived(monday.plusDays(1).toString())
                .build();
        return Digest.newBuilder()
                .setId(week + "-0123456789ab")
                .setWeek(week)
                .setZone("Europe/Paris")
                .setWeekStart(monday)
                .setSections(List.of(new DigestSection("gitops-delivery", List.of(talk), 1)))
                .setHeadlines(List.of(talk))
                .setSpotlight(List.of())
                .setStats(DigestStats.newBuilder()
                        .setPosts(1)
                        .setTalks(1)
                        .setThemes(1)
                        .setProjects(1)
                        .setLanguages(List.of("en"))
                        .build())
                .setContentHash("0123456789abcdef")
                .build();
    }
}
