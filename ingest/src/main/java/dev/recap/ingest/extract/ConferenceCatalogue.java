package dev.recap.ingest.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conferences Recap knows, to recognise which one a post covers and to turn its "Day 2" into a
 * date. {@link #standard()} holds recent KubeCon editions; {@link #load} adds a user's own from a YAML file.
 */
public final class ConferenceCatalogue {

    /** KubeCon + CloudNativeCon Europe 2023, Amsterdam: co-located events on the 18th, main days 19–21 April. */
    public static final Conference KUBECON_EU_2023 = new Conference(
            "KubeCon + CloudNativeCon Europe 2023",
            "Amsterdam",
            LocalDate.of(2023, 4, 18),
            LocalDate.of(2023, 4, 19),
            LocalDate.of(2023, 4, 21),
            List.of("KubeCon", "CloudNativeCon", "Cloud Native Con", "KubeConEU"),
            List.of("Europe", "EU", "Amsterdam", "KubeConEU"));

    private static final List<String> KEYWORDS = List.of("KubeCon", "CloudNativeCon", "Cloud Native Con");
    private static final List<Conference> EDITIONS = List.of(
            KUBECON_EU_2023,
            kubecon("Europe 2022", "Valencia", "2022-05-16", "2022-05-18", "2022-05-20", "Valence", "Valencia"),
            kubecon("North America 2022", "Detroit", "2022-10-24", "2022-10-26", "2022-10-28"),
            kubecon("North America 2023", "Chicago", "2023-11-06", "2023-11-07", "2023-11-09"),
            kubecon("Europe 2024", "Paris", "2024-03-19", "2024-03-20", "2024-03-22", "Paris"),
            kubecon("North America 2024", "Salt Lake City", "2024-11-12", "2024-11-13", "2024-11-15", "SLC"),
            kubecon("Europe 2025", "London", "2025-04-01", "2025-04-02", "2025-04-04", "Londres", "Londres"));

    private final List<Conference> conferences;

    public ConferenceCatalogue(List<Conference> conferences) {
        this.conferences = List.copyOf(conferences);
    }

    /** The KubeCon + CloudNativeCon editions Recap knows (Europe 2022 to 2025, North America 2022 to 2024). */
    public static ConferenceCatalogue standard() {
        return new ConferenceCatalogue(EDITIONS);
    }

    /** The standard catalogue after the conferences of YAML file {@code file} (see {@link ConferenceFile}). */
    public static ConferenceCatalogue load(Path file) throws IOException {
        List<Conference> all = new ArrayList<>(ConferenceFile.read(file));
        all.addAll(EDITIONS);
        return new ConferenceCatalogue(all);
    }

    private static Conference kubecon(
            String edition, String city, String start, String firstMainDay, String end, String... otherHints) {
        boolean europe = edition.startsWith("Europe");
        List<String> hints = new ArrayList<>(
                europe
                        ? List.of("Europe", "EU", "KubeConEU", "Europa")
                        : List.of("North America", "NA", "Norteamérica", "Amérique du Nord", "Nordamerika"));
        hints.add(city);
        hints.addAll(List.of(otherHints));
        return new Conference(
                "KubeCon + CloudNativeCon " + edition,
                city,
                LocalDate.parse(start),
                LocalDate.parse(firstMainDay),
                LocalDate.parse(end),
                KEYWORDS,
                hints);
    }

    public List<Conference> conferences() {
        return conferences;
    }

    /**
     * The conference a post covers: among those its title names, else those its text names (see {@link
     * Conference#isNamedIn}), the one held nearest its publication date, then the one whose city and
     * edition words it uses most ("Paris" in a post about Salt Lake City is a memory), then the first.
     */
    public Optional<Conference> recognise(String title, String text, LocalDate published) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        // normalised once, for every conference; the whole text only when the title names no single one
        String titleWords = Words.padded(Words.normalise(title));
        List<Conference> named = conferences.stream()
                .filter(c -> c.isNamedInWords(titleWords, published))
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        String all = titleWords + Words.normalise(text) + " ";
        if (named.isEmpty()) {
            named = conferences.stream()
                    .filter(c -> c.isNamedInWords(all, published))
                    .toList();
        }
        Comparator<Conference> nearest = Comparator.comparingLong(c -> distance(c, published));
        Comparator<Conference> mostNamed = Comparator.comparingInt((Conference c) -> c.mentionsInWords(all))
                .reversed();
        return named.stream().min(nearest.thenComparing(mostNamed));
    }

    // Days between the publication and the conference; all conferences are as near when the date is unknown.
    private static long distance(Conference conference, LocalDate published) {
        if (published == null) {
            return 0;
        }
        if (published.isBefore(conference.start())) {
            return ChronoUnit.DAYS.between(published, conference.start());
        }
        return published.isAfter(conference.end()) ? ChronoUnit.DAYS.between(conference.end(), published) : 0;
    }
}
