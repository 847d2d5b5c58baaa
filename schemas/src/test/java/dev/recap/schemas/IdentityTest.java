package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void shouldGiveTheSameTalkKeyWhateverThePrefixCaseAccentsAndPunctuation() {
        assertThat(Identity.talkKey("Talk: Argo CD — Core!")).isEqualTo("argo cd core");
        assertThat(Identity.talkKey("  Sécurité   de la chaîne ")).isEqualTo("securite de la chaine");
        assertThat(Identity.talkKey("Keynote: Opening")).isEqualTo("opening");
    }

    @Test
    void shouldKeepTwoDifferentTalksOnOneProjectApart() {
        assertThat(Identity.talkKey("Cilium: what's new")).isNotEqualTo(Identity.talkKey("Cilium Mesh deep dive"));
    }

    @Test
    void shouldDerivePostIdFromTheCanonicalUrlElseFromTheSource() {
        String fromUrl = Identity.postId("https://example.org/p", "a.md");

        assertThat(fromUrl).isEqualTo(Identity.postId("https://example.org/p", "elsewhere/b.md"));
        assertThat(fromUrl).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(Identity.postId(null, "a.md")).isEqualTo(Identity.postId(" ", "a.md"));
        assertThat(Identity.postId(null, "a.md")).isNotEqualTo(fromUrl);
    }
}
