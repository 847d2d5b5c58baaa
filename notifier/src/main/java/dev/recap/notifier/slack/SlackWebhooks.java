package dev.recap.notifier.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configured Slack incoming webhooks, channel name to URL, read from {@code RECAP_SLACK_WEBHOOK_<NAME>}
 * variables. URLs must be https (http only with {@code allowInsecure}, for a local stub); their paths hold
 * the token, so no message, log line or {@link #toString()} ever shows them.
 */
public final class SlackWebhooks {

    public static final String PREFIX = "RECAP_SLACK_WEBHOOK_";
    public static final String ALLOW_INSECURE = "RECAP_SLACK_ALLOW_INSECURE";

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private final Map<String, SlackWebhook> webhooks;

    /** Webhooks from channel names to URLs; refuses names that are not {@code [a-z0-9][a-z0-9._-]*} and bad URLs. */
    public SlackWebhooks(Map<String, URI> urls, boolean allowInsecure) {
        Map<String, SlackWebhook> checked = new TreeMap<>();
        urls.forEach((name, url) -> {
            String channel = channelName(name);
            checked.put(channel, new SlackWebhook(channel, checkedUrl(channel, url, allowInsecure)));
        });
        this.webhooks = Map.copyOf(checked);
    }

    /** No webhook at all: every channel is unknown. */
    public static SlackWebhooks none() {
        return new SlackWebhooks(Map.of(), false);
    }

    /**
     * Every {@code RECAP_SLACK_WEBHOOK_<NAME>} of {@code env}, named {@code <name>} lower-cased with {@code _}
     * as {@code -} ({@code RECAP_SLACK_WEBHOOK_PLATFORM_TEAM} is channel {@code platform-team});
     * {@code RECAP_SLACK_ALLOW_INSECURE=true} admits http URLs.
     */
    public static SlackWebhooks fromEnvironment(Map<String, String> env) {
        String insecure = env.get(ALLOW_INSECURE);
        boolean allowInsecure = insecure != null && Boolean.parseBoolean(insecure.strip());
        Map<String, URI> urls = new TreeMap<>();
        for (Map.Entry<String, String> entry : env.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(PREFIX)
                    || entry.getValue() == null
                    || entry.getValue().isBlank()) {
                continue;
            }
            String channel =
                    key.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
            if (!CHANNEL.matcher(channel).matches()) {
                throw new IllegalArgumentException(key + " does not name a channel ([A-Z0-9_.-] after " + PREFIX + ")");
            }
            urls.put(channel, parse(key, entry.getValue().strip()));
        }
        return new SlackWebhooks(urls, allowInsecure);
    }

    /** The webhook of {@code channel} (compared lower-cased), if one is configured. */
    public Optional<SlackWebhook> find(String channel) {
        if (channel == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(webhooks.get(channel.strip().toLowerCase(Locale.ROOT)));
    }

    /** The configured channel names, sorted. */
    public Set<String> channels() {
        return Collections.unmodifiableSet(new TreeSet<>(webhooks.keySet()));
    }

    @Override
    public String toString() {
        return webhooks.values().stream()
                .sorted((a, b) -> a.channel().compareTo(b.channel()))
                .map(w -> w.channel() + "=" + w.redacted())
                .collect(Collectors.joining(", ", "SlackWebhooks[", "]"));
    }

    private static String channelName(String name) {
        Objects.requireNonNull(name, "channel name");
        if (!CHANNEL.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Slack channel name: '" + name + "'");
        }
        return name;
    }

    /** Error messages name the channel, never the URL: the URL is the secret. */
    private static URI checkedUrl(String channel, URI url, boolean allowInsecure) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (allowInsecure && scheme.equals("http"));
        if (!allowed) {
            throw new IllegalArgumentException("The Slack webhook of channel " + channel + " must be an https URL"
                    + (scheme.equals("http") ? " (http needs " + ALLOW_INSECURE + "=true)" : ""));
        }
        if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "The Slack webhook of channel " + channel + " must have a host and no user info or fragment");
        }
        return url;
    }

    private static URI parse(String key, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            // Neither the value nor the parser's message (which quotes it) may reach a log.
            throw new IllegalArgumentException(key + " is not a URL (" + e.getReason() + ")");
        }
    }
}
