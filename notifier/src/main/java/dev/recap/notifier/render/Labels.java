package dev.recap.notifier.render;

import dev.recap.events.DigestStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every word a reader sees in a digest, in English and French: interface labels and theme purposes from
 * {@code labels_<lang>.properties}, theme names of THEMES.md (ids are the contract, names are display only).
 * Unknown locales read English.
 */
public final class Labels {

    /** Theme id, English name, French name (THEMES.md). */
    private static final String[][] THEMES = {
        {"gitops-delivery", "GitOps & Delivery", "GitOps & livraison continue"},
        {"ebpf-networking", "eBPF & Networking", "eBPF & réseau"},
        {"security-supply-chain", "Security & Supply Chain", "Sécurité & chaîne d'approvisionnement"},
        {"observability", "Observability", "Observabilité"},
        {"service-mesh", "Service Mesh", "Service mesh"},
        {"sustainability", "Sustainability & Green IT", "Durabilité & numérique responsable"},
        {"storage-stateful", "Storage & Stateful", "Stockage & applications avec état"},
        {"runtime-containers", "Runtimes & Containers", "Runtimes & conteneurs"},
        {"platform-multitenancy", "Platform & Multi-tenancy", "Plateforme & multi-locataire"},
        {"wasm", "WebAssembly", "WebAssembly"},
        {"ai-ml", "AI & ML", "IA & ML"},
        {"community", "Community", "Communauté"},
        {"other", "Other", "Autres"},
    };

    public static final Labels ENGLISH = new Labels("en", Locale.ENGLISH, 1);
    public static final Labels FRENCH = new Labels("fr", Locale.FRENCH, 2);

    private final String lang;
    private final Locale locale;
    private final Map<String, String> words;
    private final Map<String, String> themeNames;
    private final List<String> dayNames;
    private final List<String> dayInitials;

    private Labels(String lang, Locale locale, int themeColumn) {
        this.lang = lang;
        this.locale = locale;
        this.words = load("labels_" + lang + ".properties");
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : THEMES) {
            names.put(row[0], row[themeColumn]);
            word("purpose." + row[0]);
        }
        this.themeNames = Collections.unmodifiableMap(names);
        this.dayNames = List.of(word("dayNames").split(","));
        this.dayInitials = List.of(word("dayInitials").split(","));
        if (dayNames.size() != 7 || dayInitials.size() != 7) {
            throw new IllegalStateException("labels_" + lang + ".properties must name seven days");
        }
    }

    /** The labels for a subscriber locale such as {@code fr}, {@code fr-CA} or {@code en}; English otherwise. */
    public static Labels forLocale(String locale) {
        String tag = locale == null ? "" : locale.strip().toLowerCase(Locale.ROOT);
        return tag.equals("fr") || tag.startsWith("fr-") || tag.startsWith("fr_") ? FRENCH : ENGLISH;
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    /** Theme id to display name, in THEMES.md order. */
    public Map<String, String> themeNames() {
        return themeNames;
    }

    /** The display name of a theme id; an unknown id is shown as it is. */
    public String themeName(String themeId) {
        return themeNames.getOrDefault(themeId, themeId);
    }

    /** The one-line purpose of a theme, or {@code null} for an unknown id. */
    public String themePurpose(String themeId) {
        return themeNames.containsKey(themeId) ? words.get("purpose." + themeId) : null;
    }

    /** The digest title, for example {@code Recap — week 2023-W16}. */
    public String title(String week) {
        return String.format(Locale.ROOT, word("weekTitle"), week);
    }

    /** Short day names, Monday first. */
    public List<String> dayNames() {
        return dayNames;
    }

    /** Day initials, Monday first. */
    public List<String> dayInitials() {
        return dayInitials;
    }

    /** The localised name of a CNCF maturity level, or {@code null} when it is not one. */
    public String maturity(String level) {
        return level == null ? null : words.get("maturity." + level);
    }

    /** "4 posts · 14 talks · 8 themes · 17 projects", localised. */
    public String statsLine(DigestStats stats) {
        return String.format(
                locale, word("stats"), stats.getPosts(), stats.getTalks(), stats.getThemes(), stats.getProjects());
    }

    /** A label by key; fails fast on a key that the properties file lacks. */
    public String word(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalStateException("labels_" + lang + ".properties has no " + key);
        }
        return word;
    }

    // Accessors used by the templates, which are type-checked against them.

    public String headlines() {
        return word("headlines");
    }

    public String spotlight() {
        return word("spotlight");
    }

    public String community() {
        return word("community");
    }

    public String lateArrivals() {
        return word("lateArrivals");
    }

    public String projects() {
        return word("projects");
    }

    public String sources() {
        return word("sources");
    }

    public String noTalks() {
        return word("noTalks");
    }

    public String webEdition() {
        return word("webEdition");
    }

    public String preferences() {
        return word("preferences");
    }

    public String unsubscribe() {
        return word("unsubscribe");
    }

    public String maturityCaveat() {
        return word("maturityCaveat");
    }

    @Override
    public String toString() {
        return "Labels[" + lang + "]";
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Map<String, String> words = new LinkedHashMap<>();
        properties.forEach((key, value) -> words.put(key.toString(), value.toString()));
        return Map.copyOf(words);
    }
}
