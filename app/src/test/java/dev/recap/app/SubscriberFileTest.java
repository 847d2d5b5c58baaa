package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheSampleSubscribers() {
        List<Subscriber> subscribers = SubscriberFile.read(Path.of("../samples/subscribers.yaml"));

        assertThat(subscribers)
                .extracting(Subscriber::getId)
                .containsExactly("ada", "camille", "former-reader", "platform-team");
        Subscriber camille = subscribers.get(1);
        assertThat(camille.getLocale()).isEqualTo("fr");
        assertThat(camille.getThemes()).containsExactly("gitops-delivery", "security-supply-chain", "ebpf-networking");
        assertThat(camille.getChannels()).containsExactly(Channel.EMAIL);
        assertThat(camille.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(camille.getConsentedAt()).isEqualTo(Instant.parse("2023-04-02T10:30:00Z"));
        assertThat(subscribers.get(2).getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        Subscriber channel = subscribers.get(3);
        assertThat(channel.getChannels()).containsExactly(Channel.SLACK);
        assertThat(channel.getSlackChannel()).isEqualTo("platform-team");
        assertThat(channel.getEmail()).isNull();
    }

    @Test
    void shouldNameTheSubscriberWhoseEmailIsInvalid() throws IOException {
        Path file = write("subscribers:\n  - id: bob\n    email: \"bob@example.org\\r\\nBcc: x@evil.test\"\n");

        assertThatThrownBy(() -> SubscriberFile.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("subscriber #1 (bob) has an invalid email");
    }

    @Test
    void shouldRefuseDuplicateKeys() throws IOException {
        Path file = write("subscribers:\n  - id: bob\n    id: alice\n");

        assertThatThrownBy(() -> SubscriberFile.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void shouldSayWhatTheFileMustHold() throws IOException {
        Path file = write("people: []\n");

        assertThatThrownBy(() -> SubscriberFile.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageEndingWith("must hold a 'subscribers:' list");
    }

    @Test
    void shouldRefuseAWebhookUrlAsSlackChannel() throws IOException {
        Path file = write("subscribers:\n  - id: ops\n    slack: https://hooks.slack.com/services/T/B/SECRET\n");

        assertThatThrownBy(() -> SubscriberFile.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("subscriber #1 (ops): slack takes the name of a Slack channel, not a webhook URL")
                .message()
                .doesNotContain("SECRET");
    }

    @Test
    void shouldRefuseAnUnknownTheme() throws IOException {
        Path file = write("subscribers:\n  - id: ada\n    themes: [wasm, k8s]\n");

        assertThatThrownBy(() -> SubscriberFile.read(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("subscriber #1 (ada): themes 'k8s' is not a theme id; use 'all' or any of:");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("subscribers.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
