package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.events.Post;
import org.junit.jupiter.api.Test;

class AvroTrustTest {

    @Test
    void shouldTrustEveryGeneratedClassOfTheEventsPackage() {
        assertThat(AvroTrust.OUR_CLASSES.isTrusted(Post.class)).isTrue();
        assertThat(AvroTrust.OUR_CLASSES.isTrusted(Digest.class)).isTrue();
    }

    @Test
    void shouldNotTrustClassesOutsideTheEventsPackage() {
        assertThat(AvroTrust.OUR_CLASSES.isTrusted(java.io.File.class)).isFalse();
        assertThat(AvroTrust.OUR_CLASSES.isTrusted(AvroTrust.class)).isFalse();
    }
}
