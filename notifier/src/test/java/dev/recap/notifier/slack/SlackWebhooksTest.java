package dev.recap.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackWebhooksTest {

    private static final String OPS_URL = "https://hooks.slack.com/services/T0001/B0002/opsT0k3n";
    private static final String TEAM_URL = "https://hooks.slack.com/services/T0001/B0003/teamT0k3n";

    @Test
    void shouldReadOneWebhookPerEnvironmentVariableNamedAfterTheChannel() {
        Map<String, String> env = Map.of(
                "RECAP_SLACK_WEBHOOK_OPS",
                OPS_URL,
                "RECAP_SLACK_WEBHOOK_PLATFORM_TEAM",
                " " + TEAM_URL + " ",
                "RECAP_SLACK_WEBHOOK_EMPTY",
                "",
                "RECAP_PUBLIC_URL",
                "https://recap.example");

        SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(env);

        assertThat(webhooks.channels()).containsExactly("ops", "platform-team");
        assertThat(webhooks.find("platform-team")).contains(new SlackWebhook("platform-team", URI.create(TEAM_URL)));
        assertThat(webhooks.find(" Ops ")).contains(new SlackWebhook("ops", URI.create(OPS_URL)));
        assertThat(webhooks.find("marketing")).isEmpty();
        assertThat(webhooks.find(null)).isEmpty();
    }

    @Test
    void shouldNeverShowTheTokenInToString() {
        SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(
                Map.of("RECAP_SLACK_WEBHOOK_OPS", OPS_URL, "RECAP_SLACK_WEBHOOK_PLATFORM_TEAM", TEAM_URL));

        assertThat(webhooks.toString())
                .isEqualTo("SlackWebhooks[ops=https://hooks.slack.com/…, platform-team=https://hooks.slack.com/…]");
        assertThat(webhooks.find("ops").orElseThrow().toString())
                .isEqualTo("SlackWebhook[channel=ops, url=https://hooks.slack.com/…]");
    }

    @Test
    void shouldRefuseAnHttpWebhookUnlessInsecureIsAllowed() {
        Map<String, String> env = Map.of("RECAP_SLACK_WEBHOOK_OPS", "http://127.0.0.1:8089/services/T1/B2/t0k3n");

        assertThatThrownBy(() -> SlackWebhooks.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Slack webhook of channel ops must be an https URL"
                        + " (http needs RECAP_SLACK_ALLOW_INSECURE=true)");
    }

    @Test
    void shouldAcceptAnHttpWebhookWhenInsecureIsAllowed() {
        Map<String, String> env = Map.of(
                "RECAP_SLACK_WEBHOOK_OPS",
                "http://127.0.0.1:8089/services/T1/B2/t0k3n",
                "RECAP_SLACK_ALLOW_INSECURE",
                "true");

        SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(env);

        assertThat(webhooks.find("ops").orElseThrow().redacted()).isEqualTo("http://127.0.0.1:8089/…");
    }

    @Test
    void shouldRefuseOtherSchemesEvenWhenInsecureIsAllowed() {
        Map<String, URI> urls = Map.of("ops", URI.create("ftp://hooks.example/t0k3n"));

        assertThatThrownBy(() -> new SlackWebhooks(urls, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Slack webhook of channel ops must be an https URL");
    }

    @Test
    void shouldRefuseAValueThatIsNotAUrlWithoutQuotingIt() {
        Map<String, String> env = Map.of("RECAP_SLACK_WEBHOOK_OPS", "https://hooks.slack.com/services/T1 B2/t0k3n");

        assertThatThrownBy(() -> SlackWebhooks.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_SLACK_WEBHOOK_OPS is not a URL (Illegal character in path)")
                .hasNoCause();
    }

    @Test
    void shouldRefuseAUrlWithUserInfo() {
        Map<String, URI> urls = Map.of("ops", URI.create("https://user:pw@hooks.slack.com/services/T1/B2/t0k3n"));

        assertThatThrownBy(() -> new SlackWebhooks(urls, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Slack webhook of channel ops must have a host and no user info or fragment");
    }

    @Test
    void shouldRefuseAChannelNameThatIsNotAFileName() {
        Map<String, URI> urls = Map.of("../ops", URI.create(OPS_URL));

        assertThatThrownBy(() -> new SlackWebhooks(urls, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a Slack channel name: '../ops'");
    }
}
