package dev.recap.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TalkFormsTest {

    private static final String CORE_FULL = "argo cd core a pure gitops agent for kubernetes";

    @Test
    void shouldResolveAShortenedTitleToTheOnlyLongerTitleThatStartsWithIt() {
        TalkForms forms = new TalkForms();
        forms.addMention("argocd core", List.of());

        TalkForms.Changes changes = forms.addMention(CORE_FULL, List.of("Alexander Matyushentsev"));

        assertThat(forms.targetOf("argocd core")).isEqualTo(new TalkForms.Target(CORE_FULL, null));
        assertThat(forms.keysOf(CORE_FULL)).containsExactly(CORE_FULL, "argocd core");
        assertThat(changes.dirtyTalkIds()).containsExactly(CORE_FULL, "argocd core");
        assertThat(changes.resolvedKeys())
                .containsExactly(Map.entry(CORE_FULL, CORE_FULL), Map.entry("argocd core", CORE_FULL));
    }

    @Test
    void shouldResolveANewSpellingOfAKnownTitleToTheSameTalk() {
        TalkForms forms = new TalkForms();
        forms.addMention("argo cd core", List.of());

        TalkForms.Changes changes = forms.addMention("argocd core", List.of());

        assertThat(changes.resolvedKeys()).containsExactly(Map.entry("argocd core", "argo cd core"));
        assertThat(changes.dirtyTalkIds()).containsExactly("argo cd core");
    }

    @Test
    void shouldKeepAShortenedTitleItselfWhenTwoLongerTalksStartWithIt() {
        TalkForms forms = new TalkForms();
        forms.addMention("argo cd core", List.of());
        forms.addMention(CORE_FULL, List.of());
        assertThat(forms.targetOf("argo cd core").talkId()).isEqualTo(CORE_FULL);

        forms.addMention("argo cd core internals for operators", List.of());

        assertThat(forms.targetOf("argo cd core")).isEqualTo(new TalkForms.Target("argo cd core", null));
        assertThat(forms.keysOf(CORE_FULL)).containsExactly(CORE_FULL);
    }

    @Test
    void shouldNotMergeWhenBothSidesNameSpeakersAndShareNone() {
        TalkForms forms = new TalkForms();
        forms.addMention("kubernetes security", List.of("Ann Lee"));
        forms.addMention("kubernetes security best practices", List.of("Bob Stone"));

        assertThat(forms.targetOf("kubernetes security").talkId()).isEqualTo("kubernetes security");
    }

    @Test
    void shouldNotResolveOneWordOrShortTitlesByPrefix() {
        TalkForms forms = new TalkForms();
        forms.addMention("kubernetes", List.of());
        forms.addMention("cilium", List.of());
        forms.addMention("kubernetes sig security", List.of());
        forms.addMention("cilium welcome vision and updates", List.of());

        assertThat(forms.targetOf("kubernetes").talkId()).isEqualTo("kubernetes");
        assertThat(forms.targetOf("cilium").talkId()).isEqualTo("cilium");
    }

    @Test
    void shouldPreferTheScheduleEntryThatStartsWithTheTitleEvenWhenItArrivesLast() {
        TalkForms forms = new TalkForms();
        forms.addMention("malicious compliance", List.of("Ian Coldwater"));

        TalkForms.Changes changes = forms.putSchedule(
                "s-12", "Malicious Compliance: Reflections on Trusting Container Scanners", List.of("Ian Coldwater"));

        String official = "malicious compliance reflections on trusting container scanners";
        assertThat(forms.targetOf("malicious compliance")).isEqualTo(new TalkForms.Target(official, "s-12"));
        assertThat(changes.dirtyTalkIds()).containsExactly("malicious compliance", official);
        assertThat(forms.scheduleOf(official)).isEqualTo("s-12");
    }

    @Test
    void shouldResolveByASharedSpeakerAndHalfTheWordsWhenTheTitleDiffers() {
        TalkForms forms = new TalkForms();
        forms.putSchedule(
                "s-3",
                "Availability and Storage Autoscaling of Stateful Workloads on Kubernetes",
                List.of("Leila Abdollahi Vayghan"));

        forms.addMention("storage autoscaling of stateful workloads of all kinds", List.of("Leila Abdollahi Vayghan"));

        assertThat(forms.targetOf("storage autoscaling of stateful workloads of all kinds")
                        .scheduleId())
                .isEqualTo("s-3");
    }

    @Test
    void shouldLetGoOfAScheduleEntryThatIsRemoved() {
        TalkForms forms = new TalkForms();
        forms.addMention("argocd core", List.of());
        forms.putSchedule("s-1", "Argo CD Core - A Pure GitOps Agent for Kubernetes", List.of());

        TalkForms.Changes changes = forms.removeSchedule("s-1");

        assertThat(forms.targetOf("argocd core")).isEqualTo(new TalkForms.Target("argocd core", null));
        assertThat(changes.dirtyTalkIds()).containsExactly(CORE_FULL, "argocd core");
    }

    @Test
    void shouldResolveEveryKeyTheSameWayWhateverTheOrderOfArrival() {
        List<Runnable> steps = new ArrayList<>();
        TalkForms[] holder = new TalkForms[1];
        steps.add(() -> holder[0].addMention("argocd core", List.of()));
        steps.add(() -> holder[0].addMention("argo cd core", List.of()));
        steps.add(() -> holder[0].addMention(CORE_FULL, List.of("Leonardo Luz Almeida")));
        steps.add(() -> holder[0].addMention("malicious compliance", List.of("Ian Coldwater")));
        steps.add(() -> holder[0].addMention(
                "malicious compliance reflections on trusting container scanners", List.of("Rory McCune")));
        steps.add(() -> holder[0].putSchedule(
                "s-12",
                "Malicious Compliance: Reflections on Trusting Container Scanners",
                List.of("Ian Coldwater", "Rory McCune")));
        steps.add(() -> holder[0].addMention("flux multi tenancy", List.of()));
        steps.add(() -> holder[0].addMention("flux multi tenancy deep dive", List.of()));
        steps.add(() -> holder[0].addMention("flux multi tenancy in production", List.of()));
        List<String> keys = List.of(
                "argocd core",
                "argo cd core",
                CORE_FULL,
                "malicious compliance",
                "malicious compliance reflections on trusting container scanners",
                "flux multi tenancy",
                "flux multi tenancy deep dive",
                "flux multi tenancy in production");

        Map<String, TalkForms.Target> first = null;
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            holder[0] = new TalkForms();
            List<Runnable> order = new ArrayList<>(steps);
            Collections.shuffle(order, random);
            order.forEach(Runnable::run);
            Map<String, TalkForms.Target> targets = new TreeMap<>();
            keys.forEach(k -> targets.put(k, holder[0].targetOf(k)));
            if (first == null) {
                first = targets;
            }
            assertThat(targets).isEqualTo(first);
        }
        String official = "malicious compliance reflections on trusting container scanners";
        assertThat(first)
                .containsEntry("argocd core", new TalkForms.Target(CORE_FULL, null))
                .containsEntry("argo cd core", new TalkForms.Target(CORE_FULL, null))
                .containsEntry("malicious compliance", new TalkForms.Target(official, "s-12"))
                .containsEntry("flux multi tenancy", new TalkForms.Target("flux multi tenancy", null));
    }

    @Test
    void shouldResolveAfterLoadingAsAfterAddingOneByOne() {
        TalkForms added = new TalkForms();
        added.addMention("argocd core", List.of());
        added.addMention(CORE_FULL, List.of());
        TalkForms loaded = new TalkForms();
        loaded.loadMention(CORE_FULL, List.of());
        loaded.loadMention("argocd core", List.of());

        loaded.resolveAll();

        assertThat(loaded.targetOf("argocd core")).isEqualTo(added.targetOf("argocd core"));
    }
}
