package dev.recap.notifier.slack;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One configured incoming webhook: the channel name subscribers use and the URL, whose path is the secret
 * token. {@link #toString()} and {@link #redacted()} show only scheme, host and port.
 */
public record SlackWebhook(String channel, URI url) {

    public SlackWebhook {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(url, "url");
        // SlackWebhooks decides whether http is allowed; no webhook may use any other scheme or lack a host.
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException("The Slack webhook of channel " + channel + " must be an http(s) URL");
        }
    }

    /** The URL without its secret part, for logs and messages: {@code https://hooks.slack.com/…}. */
    public String redacted() {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + url.getHost() + port + "/…";
    }

    /** {@code text} with any occurrence of the secret URL or path replaced by the redacted form. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(url.toString(), redacted());
        String path = url.getRawPath();
        return path == null || path.length() < 2 ? out : out.replace(path, "/…");
    }

    @Override
    public String toString() {
        return "SlackWebhook[channel=" + channel + ", url=" + redacted() + "]";
    }
}
