package dev.recap.notifier.web;

import dev.recap.notifier.email.UnsubscribeLinks;
import dev.recap.notifier.render.PublicUrls;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unsubscribe links carrying a signed {@link SubscriberTokens.Purpose#UNSUBSCRIBE} token: {@code <public
 * url>/unsubscribe?token=<token>} for the one-click POST, and {@code mailto:<mailbox>?subject=unsubscribe%20
 * <token>} when an unsubscribe mailbox is configured.
 */
public final class SignedUnsubscribeLinks implements UnsubscribeLinks {

    /** The environment variable naming the unsubscribe mailbox, such as {@code unsubscribe@recap.example}. */
    public static final String MAILTO_ENV = "RECAP_UNSUBSCRIBE_MAILTO";

    // A bare address: nothing that could add a header, a second recipient or a query to the mailto: URI.
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final PublicUrls urls;
    private final SubscriberTokens tokens;
    private final Optional<String> mailbox;

    /**
     * Links under {@code urls} signed by {@code tokens}, with a mailto: link to {@code mailbox} if present.
     *
     * @throws IllegalArgumentException when the mailbox is not a bare address like {@code unsubscribe@example.org}
     */
    public SignedUnsubscribeLinks(PublicUrls urls, SubscriberTokens tokens, Optional<String> mailbox) {
        this.urls = Objects.requireNonNull(urls, "urls");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox").map(String::strip);
        this.mailbox.ifPresent(SignedUnsubscribeLinks::checkMailbox);
    }

    /**
     * Links signed with {@code RECAP_TOKEN_SECRET} (see {@link SubscriberTokens#fromEnvironment}) and a mailto:
     * link when {@code RECAP_UNSUBSCRIBE_MAILTO} is set.
     */
    public static SignedUnsubscribeLinks fromEnvironment(Map<String, String> env, PublicUrls urls, Clock clock) {
        Optional<String> mailbox =
                Optional.ofNullable(env.get(MAILTO_ENV)).map(String::strip).filter(v -> !v.isEmpty());
        return new SignedUnsubscribeLinks(urls, SubscriberTokens.fromEnvironment(env, clock), mailbox);
    }

    @Override
    public URI forSubscriber(String subscriberId) {
        return urls.path("unsubscribe?token=" + token(subscriberId));
    }

    @Override
    public Optional<URI> mailtoFor(String subscriberId) {
        return mailbox.map(box -> URI.create("mailto:" + box + "?subject=unsubscribe%20" + token(subscriberId)));
    }

    /** Tokens are base64url and a dot: they need no escaping in a query or a mailto: subject. */
    private String token(String subscriberId) {
        return tokens.issue(SubscriberTokens.Purpose.UNSUBSCRIBE, subscriberId);
    }

    private static void checkMailbox(String mailbox) {
        if (!MAILBOX.matcher(mailbox).matches()) {
            throw new IllegalArgumentException(
                    MAILTO_ENV + " must be a bare address such as unsubscribe@recap.example, was '" + mailbox + "'");
        }
    }
}
