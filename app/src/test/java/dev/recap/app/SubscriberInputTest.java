package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Channel;
import dev.recap.events.SubscriberStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SubscriberInputTest {

    @Test
    void shouldStripAValidEmailAndTreatBlankAsNotGiven() throws Exception {
        assertThat(SubscriberInput.email("  Ada.Martin+recap@mail.example.org "))
                .isEqualTo("Ada.Martin+recap@mail.example.org");
        assertThat(SubscriberInput.email("  ")).isNull();
    }

    @Test
    void shouldRefuseAnEmailWithoutDomainAndEscapeLineBreaksInTheMessage() {
        assertThatThrownBy(() -> SubscriberInput.email("bob@"))
                .hasMessage("email 'bob@' is not an email address (expected name@example.org)");
        assertThatThrownBy(() -> SubscriberInput.email("bob@example.org\r\nBcc: x@evil.test"))
                .hasMessage("email 'bob@example.org\\r\\nBcc: x@evil.test' is not an email address (expected"
                        + " name@example.org)");
    }

    @Test
    void shouldRefuseAnUnknownLocale() {
        assertThatThrownBy(() -> SubscriberInput.locale("de")).hasMessage("locale must be en or fr, was 'de'");
    }

    @Test
    void shouldLowerCaseALocale() throws Exception {
        assertThat(SubscriberInput.locale("FR")).isEqualTo("fr");
    }

    @Test
    void shouldListTheValidThemeIdsWhenOneIsUnknown() {
        assertThatThrownBy(() -> SubscriberInput.themes("observability,gitops", ','))
                .isInstanceOfSatisfying(
                        SubscriberFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("themes"))
                .hasMessage("themes 'gitops' is not a theme id; use 'all' or any of: gitops-delivery, ebpf-networking,"
                        + " security-supply-chain, observability, service-mesh, sustainability, storage-stateful,"
                        + " runtime-containers, platform-multitenancy, wasm, ai-ml, community, other");
    }

    @Test
    void shouldReadAllAsEveryThemeAndDropDuplicates() throws Exception {
        assertThat(SubscriberInput.themes("all", ',')).isEmpty();
        assertThat(SubscriberInput.themes("wasm; ai-ml ;wasm", ';')).containsExactly("wasm", "ai-ml");
        assertThat(SubscriberInput.themes("", ';')).isNull();
    }

    @Test
    void shouldReadChannelsInAnyCase() throws Exception {
        assertThat(SubscriberInput.channels("Email;SLACK", ';')).containsExactly(Channel.EMAIL, Channel.SLACK);
    }

    @Test
    void shouldRefuseAnUnknownChannel() {
        assertThatThrownBy(() -> SubscriberInput.channels("email,sms", ','))
                .hasMessage("channels 'sms' is not a channel; use email, slack or both");
    }

    @Test
    void shouldRefuseAWebhookUrlAsSlackChannelWithoutEchoingIt() {
        String secret = "https://hooks.slack.com/services/T000/B000/XXXXSECRET";

        assertThatThrownBy(() -> SubscriberInput.slackChannel(secret))
                .hasMessage("slack takes the name of a Slack channel, not a webhook URL. The URL is a secret and is"
                        + " never written to Kafka: put it in the environment as RECAP_SLACK_WEBHOOK_<NAME> (for"
                        + " example RECAP_SLACK_WEBHOOK_KUBEWEEKLY_FR) and give the name (kubeweekly-fr)")
                .message()
                .doesNotContain("XXXXSECRET");
    }

    @Test
    void shouldRefuseASlackNameWithCapitalsOrSpaces() {
        assertThatThrownBy(() -> SubscriberInput.slackChannel("Team News"))
                .hasMessage("slack 'Team News' must be lower-case letters, digits and '-' (for example kubeweekly-fr)");
    }

    @Test
    void shouldNameTheWebhookVariableOfASlackChannel() {
        assertThat(SubscriberInput.webhookVariable("kubeweekly-fr")).isEqualTo("RECAP_SLACK_WEBHOOK_KUBEWEEKLY_FR");
    }

    @Test
    void shouldAcceptOnlyTheAllowedStatuses() throws Exception {
        EnumSet<SubscriberStatus> allowed = EnumSet.of(SubscriberStatus.PENDING, SubscriberStatus.ACTIVE);

        assertThat(SubscriberInput.status("Active", allowed)).isEqualTo(SubscriberStatus.ACTIVE);
        assertThatThrownBy(() -> SubscriberInput.status("unsubscribed", allowed))
                .hasMessage("status must be pending or active, was 'unsubscribed'");
    }

    @Test
    void shouldRefuseANameWithALineBreak() {
        assertThatThrownBy(() -> SubscriberInput.name("Ada\nBcc: x"))
                .hasMessage("name 'Ada\\nBcc: x' must not hold line breaks or control characters");
    }

    @Test
    void shouldRefuseAnIdWithCapitals() {
        assertThatThrownBy(() -> SubscriberInput.id("Ada"))
                .hasMessage("id 'Ada' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
    }
}
