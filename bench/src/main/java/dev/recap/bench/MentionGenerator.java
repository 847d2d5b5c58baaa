package dev.recap.bench;

import static dev.recap.bench.TalkWords.pick;

import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.schemas.Identity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Talk mentions for {@link StreamsBenchmark}, the same for the same seed on any machine: about {@code
 * talks} distinct conference talks (titles from {@link TalkWords}, 1 to 3 speakers with companies, 1 to
 * 3 projects, a day in 8 ISO weeks of 2023), each mention written in one of {@code events / 5} posts
 * (English or French), one in five under a shortened title (its first 2 or 3 words) so talk resolution
 * has work to do. Keyed as ingest keys them: by {@link Identity#talkKey} of the title as written.
 */
public final class MentionGenerator {

    /** The share of mentions that name their talk by the first 2 or 3 words of its title. */
    static final double SHORTENED_SHARE = 0.2;
    /** Monday of ISO week 2023-W13; talks fall in that week and the 7 after it. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 27);

    static final int WEEKS = 8;
    private static final int MENTIONS_PER_POST = 5;
    private static final double NO_DAY_SHARE = 0.1;
    private static final double FRENCH_SHARE = 0.3;
    // the word lists give 5.76 million titles: drawing more than a tenth of them would crawl
    private static final int MAX_TALKS = 500_000;

    private final long seed;
    private final int events;
    private final int talks;

    public MentionGenerator(long seed, int events, int talks) {
        if (events < 1 || talks < 1) {
            throw new IllegalArgumentException("events and talks must be >= 1, were " + events + ", " + talks);
        }
        if (talks > MAX_TALKS) {
            throw new IllegalArgumentException("talks must be <= " + MAX_TALKS + ", was " + talks);
        }
        this.seed = seed;
        this.events = events;
        this.talks = talks;
    }

    private record Talk(String title, List<Speaker> speakers, List<String> projects, LocalDate day) {}

    private record Post(
            String id,
            String url,
            String title,
            String author,
            String language,
            LocalDate date,
            Instant firstSeen,
            String conference) {}

    /** The full titles of the talks, in the order they were drawn. */
    public List<String> titles() {
        return talks(new Random(seed)).stream().map(Talk::title).toList();
    }

    /** Every mention, in production order. */
    public List<TalkMention> generate() {
        List<TalkMention> all = new ArrayList<>(events);
        forEach(all::add);
        return all;
    }

    /** Hands every mention to {@code sink}, in production order, without holding them all. */
    public void forEach(Consumer<? super TalkMention> sink) {
        Random random = new Random(seed);
        List<Talk> catalogue = talks(random);
        List<Post> posts = posts(random, Math.max(1, events / MENTIONS_PER_POST));
        int[] positions = new int[posts.size()];
        for (int i = 0; i < events; i++) {
            Talk talk = catalogue.get(random.nextInt(catalogue.size()));
            int p = random.nextInt(posts.size());
            Post post = posts.get(p);
            String title = random.nextDouble() < SHORTENED_SHARE ? shortened(talk.title(), random) : talk.title();
            sink.accept(TalkMention.newBuilder()
                    .setTalkKey(Identity.talkKey(title))
                    .setPostId(post.id())
                    .setPosition(positions[p]++)
                    .setTitle(title)
                    .setSpeakers(talk.speakers())
                    .setDay(random.nextDouble() < NO_DAY_SHARE ? null : talk.day())
                    .setSummary(summary(talk, post.language(), random))
                    .setProjects(talk.projects())
                    .setConference(post.conference())
                    .setLanguage(post.language())
                    .setPostUrl(post.url())
                    .setPostDate(post.date())
                    .setPostFirstSeen(post.firstSeen())
                    .setPostTitle(post.title())
                    .setPostAuthor(post.author())
                    .build());
        }
    }

    /** The first 2 or 3 words of {@code title}, without a dangling "at", "for"... at the end. */
    static String shortened(String title, Random random) {
        String[] words = title.split(" ");
        int n = Math.min(words.length, 2 + random.nextInt(2));
        while (n > 2 && TalkWords.STOPWORDS.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT))) {
            n--;
        }
        return String.join(" ", Arrays.asList(words).subList(0, n)).replaceAll("[:,]+$", "");
    }

    private List<Talk> talks(Random random) {
        List<Talk> drawn = new ArrayList<>(talks);
        Set<String> keys = new HashSet<>();
        while (drawn.size() < talks) {
            String project = pick(random, TalkWords.PROJECTS);
            String title = pick(random, TalkWords.LEADS) + " " + project + " " + pick(random, TalkWords.OBJECTS) + " "
                    + pick(random, TalkWords.CONTEXTS) + ": " + pick(random, TalkWords.SUBTITLES);
            if (!keys.add(Identity.talkKey(title))) {
                continue;
            }
            Set<String> projects = new LinkedHashSet<>(List.of(project));
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                projects.add(pick(random, TalkWords.PROJECTS));
            }
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(WEEKS * 7));
            drawn.add(new Talk(title, speakers(random), List.copyOf(projects), day));
        }
        return drawn;
    }

    private static List<Speaker> speakers(Random random) {
        int count = 1 + random.nextInt(3);
        List<Speaker> speakers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            speakers.add(new Speaker(person(random), pick(random, TalkWords.COMPANIES)));
        }
        return speakers;
    }

    private static List<Post> posts(Random random, int count) {
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String url = "https://blog.example.dev/" + i + "/kubecon-recap";
            boolean french = random.nextDouble() < FRENCH_SHARE;
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(WEEKS * 7));
            int part = 1 + random.nextInt(4);
            String conference = pick(random, TalkWords.CONFERENCES);
            String title = french ? "Retour sur " + conference + " : jour " + part : conference + " recap, day " + part;
            Instant firstSeen =
                    date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(3 * 24 * 3600));
            posts.add(new Post(
                    Identity.postId(url, null),
                    url,
                    title,
                    person(random),
                    french ? "fr" : "en",
                    date,
                    firstSeen,
                    conference));
        }
        return posts;
    }

    private static String summary(Talk talk, String language, Random random) {
        Speaker lead = talk.speakers().get(0);
        String project = talk.projects().get(0);
        String other = talk.projects().get(talk.projects().size() - 1);
        boolean two = random.nextBoolean();
        if (language.equals("fr")) {
            String first = lead.getName() + " a montré comment " + lead.getCompany() + " utilise " + project + " pour "
                    + pick(random, TalkWords.TOPICS_FR) + ".";
            return two
                    ? first + " La session a aussi couvert " + pick(random, TalkWords.TOPICS_FR) + " avec " + other
                            + "."
                    : first;
        }
        String first = lead.getName() + " showed how " + lead.getCompany() + " runs " + project + " for "
                + pick(random, TalkWords.TOPICS_EN) + ".";
        return two
                ? first + " The talk also covered " + pick(random, TalkWords.TOPICS_EN) + " with " + other + "."
                : first;
    }

    private static String person(Random random) {
        return pick(random, TalkWords.FIRST_NAMES) + " " + pick(random, TalkWords.LAST_NAMES);
    }
}
