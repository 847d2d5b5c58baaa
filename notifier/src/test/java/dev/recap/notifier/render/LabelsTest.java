package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void shouldReadFrenchForFrenchLocales() {
        Stream<String> locales = Stream.of("fr", "FR", "fr-CA", "fr_BE");

        List<Labels> labels = locales.map(Labels::forLocale).toList();

        assertThat(labels).containsOnly(Labels.FRENCH);
    }

    @Test
    void shouldReadEnglishForEveryOtherLocale() {
        Stream<String> locales = Stream.of("en", "de", "", "frisian", null);

        List<Labels> labels = locales.map(Labels::forLocale).toList();

        assertThat(labels).containsOnly(Labels.ENGLISH);
    }

    @Test
    void shouldNameEveryThemeOfTheContractInBothLanguages() {
        String theme = "security-supply-chain";

        String english = Labels.ENGLISH.themeName(theme);
        String french = Labels.FRENCH.themeName(theme);

        assertThat(english).isEqualTo("Security & Supply Chain");
        assertThat(french).isEqualTo("Sécurité & chaîne d'approvisionnement");
        assertThat(Labels.ENGLISH.themeNames()).hasSize(13);
        assertThat(Labels.FRENCH.themeNames().keySet())
                .isEqualTo(Labels.ENGLISH.themeNames().keySet());
    }

    @Test
    void shouldShowAnUnknownThemeIdAsItIs() {
        String theme = "quantum";

        String name = Labels.FRENCH.themeName(theme);

        assertThat(name).isEqualTo("quantum");
    }

    @Test
    void shouldGiveEveryThemeAOneLinePurposeInBothLanguages() {
        var themes = Labels.ENGLISH.themeNames().keySet();

        var english = themes.stream().map(Labels.ENGLISH::themePurpose).toList();
        var french = themes.stream().map(Labels.FRENCH::themePurpose).toList();

        assertThat(english).doesNotContainNull().allMatch(line -> !line.isBlank() && line.length() < 100);
        assertThat(french).doesNotContainNull().allMatch(line -> !line.isBlank() && line.length() < 100);
        assertThat(Labels.FRENCH.themePurpose("wasm"))
                .isEqualTo("WebAssembly hors du navigateur : composants, WASI et serverless.");
        assertThat(Labels.ENGLISH.themePurpose("quantum")).isNull();
    }

    @Test
    void shouldListThemesInTheOrderOfTheContract() {
        var ids = Labels.FRENCH.themeNames().keySet();

        assertThat(ids).startsWith("gitops-delivery", "ebpf-networking").endsWith("community", "other");
    }
}
