package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.web.SubscriberTokens.Purpose;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedUnsubscribeLinksTest {

    private static final PublicUrls URLS = new PublicUrls(URI.create("https://recap.example.org/"));
    private final SubscriberTokens tokens = new SubscriberTokens(
            SubscriberTokensTest.SECRET, Clock.fixed(Instant.parse("2023-04-21T07:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldLinkToTheUnsubscribePageWithASignedToken() {
        SignedUnsubscribeLinks links = new SignedUnsubscribeLinks(URLS, tokens, Optional.empty());

        URI link = links.forSubscriber("s-0123456789abcdef");

        assertThat(link.toString()).startsWith("https://recap.example.org/unsubscribe?token=");
        String token = link.getRawQuery().substring("token=".length());
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token).subscriberId()).contains("s-0123456789abcdef");
        assertThat(links.mailtoFor("s-0123456789abcdef")).isEmpty();
    }

    @Test
    void shouldGiveAMailtoLinkWithTheTokenInTheSubjectWhenAMailboxIsConfigured() {
        SignedUnsubscribeLinks links =
                new SignedUnsubscribeLinks(URLS, tokens, Optional.of(" unsubscribe@recap.example "));

        URI mailto = links.mailtoFor("s-0123456789abcdef").orElseThrow();

        assertThat(mailto.getScheme()).isEqualTo("mailto");
        String prefix = "mailto:unsubscribe@recap.example?subject=unsubscribe%20";
        assertThat(mailto.toString()).startsWith(prefix);
        String token = mailto.toString().substring(prefix.length());
        assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token).subscriberId()).contains("s-0123456789abcdef");
    }

    @Test
    void shouldRefuseAMailboxThatIsNotABareAddress() {
        assertThatThrownBy(() -> new SignedUnsubscribeLinks(
                        URLS, tokens, Optional.of("unsubscribe@recap.example?cc=everyone@example.org")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("RECAP_UNSUBSCRIBE_MAILTO must be a bare address");
    }
}
