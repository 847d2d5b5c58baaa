package dev.recap.streams.topology;

import dev.recap.schemas.Identity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which talk each talk key is: the index behind talk resolution. Talk keys whose titles are the same once
 * spaces are dropped ("argocd core", "argo cd core") form one <em>form</em>. A form is resolved to a talk:
 *
 * <ol>
 *   <li>to the schedule entry with the same title; else, for a title of 2 words and 8 letters or more, to
 *       the entry whose title starts with it ("Argocd core" → "Argo CD Core - A Pure GitOps Agent for
 *       Kubernetes"); else to the entry that shares a speaker and at least half of the words;
 *   <li>with no schedule entry, to the talk of the longer forms that start with it (shortened titles,
 *       "Malicious compliance" → "Malicious Compliance: Reflections on Trusting Container Scanners");
 *   <li>else to itself.
 * </ol>
 *
 * A candidate whose speakers are known and share no one with the form's is another talk. When candidates
 * lead to two different talks, the form stays itself: two talks on one project stay two. The result is a
 * function of the set of keys, speakers and schedule entries, whatever the order they came in: every
 * change recomputes the forms it can affect, longest first, and reports the talks whose content moved.
 */
final class TalkForms {

    static final int MIN_PREFIX_CHARS = 8;
    static final double MIN_SHARED_WORDS = 0.5;

    /** The talk a form resolves to: the talk id and, when a schedule names it, the schedule's talk id. */
    record Target(String talkId, String scheduleId) {}

    /** What one change did: talks whose content may differ, and the keys now resolved to another talk. */
    record Changes(Set<String> dirtyTalkIds, Map<String, String> resolvedKeys) {
        static Changes none() {
            return new Changes(new TreeSet<>(), new TreeMap<>());
        }
    }

    private static final class Form {
        final String squashed;
        final TreeSet<String> keys = new TreeSet<>();
        final Set<String> speakers = new HashSet<>();
        Target target;

        Form(String squashed) {
            this.squashed = squashed;
        }

        String ownId() {
            return keys.first();
        }
    }

    private record Scheduled(String id, String key, String squashed, Set<String> words, Set<String> speakers) {}

    private static final Comparator<Form> LONGEST_FIRST =
            Comparator.comparingInt((Form f) -> f.squashed.length()).reversed().thenComparing(f -> f.squashed);

    private final TreeMap<String, Form> forms = new TreeMap<>();
    // the same forms for exact lookups, many per change (every prefix length of a title)
    private final Map<String, Form> formsBySquashed = new HashMap<>();
    private final Map<String, Form> formOfKey = new HashMap<>();
    private final Map<String, Set<Form>> formsBySpeaker = new HashMap<>();
    private final Map<String, Set<Form>> formsByTalk = new HashMap<>();
    private final Map<String, Scheduled> schedules = new HashMap<>();
    private final TreeMap<String, Set<String>> scheduleIdsBySquashed = new TreeMap<>();
    private final Map<String, Set<String>> scheduleIdsBySpeaker = new HashMap<>();

    /** The talk {@code talkKey} resolves to; {@code null} for a key never seen. */
    Target targetOf(String talkKey) {
        Form form = formOfKey.get(talkKey);
        return form == null ? null : form.target;
    }

    /** The talk keys that resolve to {@code talkId}, sorted. */
    List<String> keysOf(String talkId) {
        TreeSet<String> keys = new TreeSet<>();
        formsByTalk.getOrDefault(talkId, Set.of()).forEach(f -> keys.addAll(f.keys));
        return List.copyOf(keys);
    }

    /** The schedule id the talk {@code talkId} is resolved to, or {@code null}. */
    String scheduleOf(String talkId) {
        for (Form form : formsByTalk.getOrDefault(talkId, Set.of())) {
            return form.target.scheduleId();
        }
        return null;
    }

    /** A mention of {@code talkKey} by {@code speakerNames} was seen. */
    Changes addMention(String talkKey, Collection<String> speakerNames) {
        Changes changes = Changes.none();
        Form form = indexMention(talkKey, speakerNames, changes);
        if (form != null) {
            recompute(withPrefixes(List.of(form)), changes);
        }
        String talkId = formOfKey.get(talkKey).target.talkId();
        changes.dirtyTalkIds().add(talkId);
        // a new spelling of a known form may leave its target as it was: it still needs resolving
        changes.resolvedKeys().putIfAbsent(talkKey, talkId);
        return changes;
    }

    /** The schedule entry {@code id} is now titled {@code title}, given by {@code speakerNames}. */
    Changes putSchedule(String id, String title, Collection<String> speakerNames) {
        Changes changes = Changes.none();
        Set<Form> affected = new HashSet<>(removeScheduleIndex(id));
        Scheduled entry = indexSchedule(id, title, speakerNames);
        affected.addAll(formsMatching(entry));
        recompute(withPrefixes(affected), changes);
        formsTargeting(id).forEach(f -> changes.dirtyTalkIds().add(f.target.talkId()));
        return changes;
    }

    /** The schedule entry {@code id} is gone. */
    Changes removeSchedule(String id) {
        Changes changes = Changes.none();
        Set<Form> affected = removeScheduleIndex(id);
        recompute(withPrefixes(affected), changes);
        return changes;
    }

    /** Indexes a mention without resolving: for rebuilding from stores, followed by {@link #resolveAll()}. */
    void loadMention(String talkKey, Collection<String> speakerNames) {
        indexMention(talkKey, speakerNames, Changes.none());
    }

    /** Indexes a schedule entry without resolving: for rebuilding, followed by {@link #resolveAll()}. */
    void loadSchedule(String id, String title, Collection<String> speakerNames) {
        indexSchedule(id, title, speakerNames);
    }

    /** Resolves every form, for instance after loading. */
    Changes resolveAll() {
        Changes changes = Changes.none();
        recompute(forms.values(), changes);
        return changes;
    }

    // Adds the key and speakers; returns the form when its resolution may change, else null.
    private Form indexMention(String talkKey, Collection<String> speakerNames, Changes changes) {
        Objects.requireNonNull(talkKey, "talkKey");
        Form form = formOfKey.get(talkKey);
        boolean changed = false;
        if (form == null) {
            String squashed = squash(talkKey);
            form = formsBySquashed.computeIfAbsent(squashed, Form::new);
            forms.putIfAbsent(squashed, form);
            form.keys.add(talkKey);
            formOfKey.put(talkKey, form);
            changed = true;
        }
        for (String name : speakerNames) {
            String speaker = normalisedName(name);
            if (!speaker.isEmpty() && form.speakers.add(speaker)) {
                formsBySpeaker.computeIfAbsent(speaker, s -> new HashSet<>()).add(form);
                changed = true;
            }
        }
        return changed ? form : null;
    }

    private Scheduled indexSchedule(String id, String title, Collection<String> speakerNames) {
        String key = Identity.talkKey(title);
        Set<String> speakers = new HashSet<>();
        speakerNames.forEach(n -> speakers.add(normalisedName(n)));
        speakers.remove("");
        Scheduled entry = new Scheduled(id, key, squash(key), words(key), speakers);
        schedules.put(id, entry);
        scheduleIdsBySquashed
                .computeIfAbsent(entry.squashed(), s -> new TreeSet<>())
                .add(id);
        speakers.forEach(s ->
                scheduleIdsBySpeaker.computeIfAbsent(s, x -> new TreeSet<>()).add(id));
        return entry;
    }

    // Removes schedule entry id from the indexes; returns the forms its presence could have resolved.
    private Set<Form> removeScheduleIndex(String id) {
        Scheduled old = schedules.remove(id);
        if (old == null) {
            return Set.of();
        }
        removeFrom(scheduleIdsBySquashed, old.squashed(), id);
        old.speakers().forEach(s -> removeFrom(scheduleIdsBySpeaker, s, id));
        Set<Form> affected = new HashSet<>(formsMatching(old));
        affected.addAll(formsTargeting(id));
        return affected;
    }

    private static void removeFrom(Map<String, Set<String>> index, String key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    // Forms a schedule entry can resolve: same title, a prefix of its title, or a shared speaker.
    private Set<Form> formsMatching(Scheduled entry) {
        Set<Form> matching = new HashSet<>(prefixFormsOf(entry.squashed()));
        entry.speakers().forEach(s -> matching.addAll(formsBySpeaker.getOrDefault(s, Set.of())));
        return matching;
    }

    private List<Form> formsTargeting(String scheduleId) {
        List<Form> targeting = new ArrayList<>();
        for (Form form : forms.values()) {
            if (form.target != null && scheduleId.equals(form.target.scheduleId())) {
                targeting.add(form);
            }
        }
        return targeting;
    }

    // The forms whose squashed title is squashed or a prefix of it long enough to count.
    private List<Form> prefixFormsOf(String squashed) {
        List<Form> prefixes = new ArrayList<>();
        Form same = formsBySquashed.get(squashed);
        if (same != null) {
            prefixes.add(same);
        }
        for (int end = MIN_PREFIX_CHARS; end < squashed.length(); end++) {
            Form prefix = formsBySquashed.get(squashed.substring(0, end));
            if (prefix != null) {
                prefixes.add(prefix);
            }
        }
        return prefixes;
    }

    // A form's target depends on the forms that extend it, so the prefixes of a changed form change too.
    private Set<Form> withPrefixes(Collection<Form> changed) {
        Set<Form> all = new LinkedHashSet<>();
        for (Form form : changed) {
            all.addAll(prefixFormsOf(form.squashed));
        }
        return all;
    }

    private void recompute(Collection<Form> affected, Changes changes) {
        List<Form> ordered = new ArrayList<>(affected);
        ordered.sort(LONGEST_FIRST);
        for (Form form : ordered) {
            Target next = resolve(form);
            Target before = form.target;
            if (next.equals(before)) {
                continue;
            }
            if (before != null) {
                changes.dirtyTalkIds().add(before.talkId());
                Set<Form> old = formsByTalk.get(before.talkId());
                old.remove(form);
                if (old.isEmpty()) {
                    formsByTalk.remove(before.talkId());
                }
            }
            form.target = next;
            formsByTalk.computeIfAbsent(next.talkId(), t -> new HashSet<>()).add(form);
            changes.dirtyTalkIds().add(next.talkId());
            form.keys.forEach(key -> changes.resolvedKeys().put(key, next.talkId()));
        }
    }

    private Target resolve(Form form) {
        List<Scheduled> official = scheduleCandidates(form);
        if (!official.isEmpty()) {
            Set<String> talks = new TreeSet<>();
            official.forEach(s -> talks.add(s.key()));
            if (talks.size() == 1) {
                String scheduleId = official.stream()
                        .map(Scheduled::id)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                return new Target(talks.iterator().next(), scheduleId);
            }
            return own(form);
        }
        if (!prefixEligible(form)) {
            return own(form);
        }
        Target found = null;
        for (Form longer : forms.subMap(form.squashed, false, form.squashed + Character.MAX_VALUE, true)
                .values()) {
            if (longer.target == null || disjoint(form.speakers, longer.speakers)) {
                continue;
            }
            if (found == null || found.talkId().equals(longer.target.talkId())) {
                found = found == null ? longer.target : smallerSchedule(found, longer.target);
            } else {
                // a second talk: ambiguous, whatever the other longer forms say
                return own(form);
            }
        }
        return found == null ? own(form) : found;
    }

    private List<Scheduled> scheduleCandidates(Form form) {
        List<Scheduled> same = schedulesOf(scheduleIdsBySquashed.getOrDefault(form.squashed, Set.of()));
        if (!same.isEmpty()) {
            return same;
        }
        if (prefixEligible(form)) {
            List<Scheduled> extending = new ArrayList<>();
            scheduleIdsBySquashed
                    .subMap(form.squashed, false, form.squashed + Character.MAX_VALUE, true)
                    .values()
                    .forEach(ids -> extending.addAll(schedulesOf(ids)));
            extending.removeIf(s -> disjoint(form.speakers, s.speakers()));
            if (!extending.isEmpty()) {
                return extending;
            }
        }
        Set<String> ids = new TreeSet<>();
        form.speakers.forEach(s -> ids.addAll(scheduleIdsBySpeaker.getOrDefault(s, Set.of())));
        Set<String> words = words(form.ownId());
        List<Scheduled> bySpeaker = schedulesOf(ids);
        bySpeaker.removeIf(s -> sharedWords(words, s.words()) < MIN_SHARED_WORDS);
        return bySpeaker;
    }

    private List<Scheduled> schedulesOf(Collection<String> ids) {
        List<Scheduled> found = new ArrayList<>(ids.size());
        ids.forEach(id -> found.add(schedules.get(id)));
        return found;
    }

    private static Target own(Form form) {
        return new Target(form.ownId(), null);
    }

    private static Target smallerSchedule(Target a, Target b) {
        if (a.scheduleId() == null) {
            return b;
        }
        if (b.scheduleId() == null) {
            return a;
        }
        return a.scheduleId().compareTo(b.scheduleId()) <= 0 ? a : b;
    }

    private static boolean prefixEligible(Form form) {
        // a talk key is words joined by single spaces, stripped: two words or more is a space
        return form.squashed.length() >= MIN_PREFIX_CHARS && form.ownId().indexOf(' ') >= 0;
    }

    // Known speakers on both sides and no one in common: two different talks.
    private static boolean disjoint(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String speaker : a) {
            if (b.contains(speaker)) {
                return false;
            }
        }
        return true;
    }

    private static double sharedWords(Set<String> a, Set<String> b) {
        int smaller = Math.min(a.size(), b.size());
        if (smaller == 0) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / smaller;
    }

    private static Set<String> words(String talkKey) {
        return new HashSet<>(Arrays.asList(talkKey.split(" ")));
    }

    /** A talk key without its spaces: how shortened and differently spaced titles are compared. */
    static String squash(String talkKey) {
        return talkKey.replace(" ", "");
    }

    /** A speaker's name as talks are compared: lower case, no accents or punctuation. */
    static String normalisedName(String name) {
        return name == null || name.isBlank() ? "" : Identity.talkKey(name);
    }
}
