package dev.recap.notifier.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every word a reader sees in a digest, in English and French: the interface labels and the theme names
 * of THEMES.md (ids are the contract, names are display only). Unknown locales read English.
 */
public record Labels(
        String lang,
        Locale locale,
        String weekTitle,
        String stats,
        String headlines,
        String spotlight,
        String lateArrivals,
        String projects,
        String moreItems,
        String webEdition,
        String maturityCaveat,
        String unsubscribeLine,
        String unsubscribe,
        Map<String, String> themeNames) {

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

    public static final Labels ENGLISH = new Labels(
            "en",
            Locale.ENGLISH,
            "Recap — week %s",
            "%d posts · %d talks · %d themes · %d projects",
            "Headlines",
            "Projects in the spotlight",
            "Late arrivals",
            "Projects",
            "%d more in the web edition",
            "Read this digest on the web",
            "CNCF maturity as of 2026.",
            "You receive this digest because you subscribed to Recap.",
            "Unsubscribe",
            themeNames(1));

    public static final Labels FRENCH = new Labels(
            "fr",
            Locale.FRENCH,
            "Recap — semaine %s",
            "%d articles · %d conférences · %d thèmes · %d projets",
            "À la une",
            "Projets à l'honneur",
            "Arrivés en retard",
            "Projets",
            "%d de plus dans l'édition web",
            "Lire ce digest sur le web",
            "Maturité CNCF en date de 2026.",
            "Vous recevez ce digest car vous êtes abonné·e à Recap.",
            "Se désabonner",
            themeNames(2));

    public Labels {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(locale, "locale");
        themeNames = Map.copyOf(themeNames);
    }

    /** The labels for a subscriber locale such as {@code fr}, {@code fr-CA} or {@code en}; English otherwise. */
    public static Labels forLocale(String locale) {
        String tag = locale == null ? "" : locale.strip().toLowerCase(Locale.ROOT);
        return tag.equals("fr") || tag.startsWith("fr-") || tag.startsWith("fr_") ? FRENCH : ENGLISH;
    }

    /** The display name of a theme id; an unknown id is shown as it is. */
    public String themeName(String themeId) {
        return themeNames.getOrDefault(themeId, themeId);
    }

    /** The digest title, for example {@code Recap — week 2023-W16}. */
    public String title(String week) {
        return String.format(Locale.ROOT, weekTitle, week);
    }

    private static Map<String, String> themeNames(int column) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : THEMES) {
            names.put(row[0], row[column]);
        }
        return names;
    }
}
