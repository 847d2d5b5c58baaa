package dev.recap.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conferences Recap knows, to recognise which one a post covers and to turn its "Day 2" into a
 * date. {@link #standard()} holds the editions of the seed corpus; pass more to the constructor.
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

    private final List<Conference> conferences;

    public ConferenceCatalogue(List<Conference> conferences) {
        this.conferences = List.copyOf(conferences);
    }

    /** The catalogue of the conferences of the seed corpus. */
    public static ConferenceCatalogue standard() {
        return new ConferenceCatalogue(List.of(KUBECON_EU_2023));
    }

    public List<Conference> conferences() {
        return conferences;
    }

    /**
     * The conference a post covers: the first one its title names, else the first one its text names
     * (see {@link Conference#isNamedIn}).
     */
    public Optional<Conference> recognise(String title, String text, LocalDate published) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        return conferences.stream()
                .filter(c -> c.isNamedIn(title, published))
                .findFirst()
                .or(() -> conferences.stream()
                        .filter(c -> c.isNamedIn(title + "\n" + text, published))
                        .findFirst());
    }
}
