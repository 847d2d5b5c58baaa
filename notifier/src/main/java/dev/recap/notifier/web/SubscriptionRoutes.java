package dev.recap.notifier.web;

import com.sun.net.httpserver.HttpExchange;
import dev.recap.events.Subscriber;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.subscribers.InvalidSignUpException;
import dev.recap.notifier.web.SubscriberTokens.Purpose;
import dev.recap.notifier.web.SubscriptionService.LinkResult;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /subscribe}, {@code /confirm} and {@code /unsubscribe}. A GET never changes anything (mail link
 * scanners prefetch GETs): it shows a button that POSTs. A refused token gets one answer, whatever the reason.
 */
final class SubscriptionRoutes {

    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final SubscriptionService service;

    SubscriptionRoutes(SubscriptionService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    void subscribe(HttpExchange exchange, boolean post) throws IOException, MailSendException {
        if (!post) {
            HttpExchanges.sendHtml(exchange, 200, WebPages.subscribeForm(List.of(), "", "", "en", List.of()));
            return;
        }
        Map<String, List<String>> form = HttpExchanges.form(exchange);
        String email = HttpExchanges.first(form, "email");
        String name = HttpExchanges.first(form, "name");
        String locale = HttpExchanges.first(form, "locale");
        List<String> themes = themes(form.getOrDefault("themes", List.of()));
        try {
            service.subscribe(email, name, locale, themes);
        } catch (InvalidSignUpException e) {
            HttpExchanges.sendHtml(
                    exchange,
                    400,
                    WebPages.subscribeForm(e.problems(), nonNull(email), nonNull(name), nonNull(locale), themes));
            return;
        }
        // Same answer whether a mail went out or the address was already active: no one learns who subscribes.
        HttpExchanges.sendHtml(exchange, 202, WebPages.checkInbox());
    }

    void confirm(HttpExchange exchange, boolean post) throws IOException {
        linkAction(
                exchange,
                post,
                Purpose.CONFIRM,
                new LinkPages(
                        "Confirm your subscription",
                        "Press the button to start receiving the Recap weekly digest.",
                        "confirm",
                        "",
                        "Confirm my subscription",
                        "Subscription confirmed",
                        "You will receive the Recap weekly digest from the next issue on."),
                service::confirm);
    }

    // RFC 8058 clients send List-Unsubscribe=One-Click; any POST with a valid token is honoured alike.
    void unsubscribe(HttpExchange exchange, boolean post) throws IOException {
        linkAction(
                exchange,
                post,
                Purpose.UNSUBSCRIBE,
                new LinkPages(
                        "Unsubscribe from Recap?",
                        "Press the button to stop receiving the Recap weekly digest.",
                        "unsubscribe",
                        ONE_CLICK,
                        "Unsubscribe",
                        "You are unsubscribed",
                        "You will not receive the Recap weekly digest any more."),
                service::unsubscribe);
    }

    /** The footer's preferences link: a form with the reader's language and themes; its POST saves them. */
    void preferences(HttpExchange exchange, boolean post) throws IOException {
        String token = token(exchange);
        Optional<Subscriber> current = service.preferencesOf(token);
        if (current.isEmpty()) {
            invalidLink(exchange);
            return;
        }
        String action = "preferences?token=" + encode(token);
        if (!post) {
            HttpExchanges.sendHtml(
                    exchange,
                    200,
                    WebPages.preferencesForm(
                            List.of(), current.get().getLocale(), current.get().getThemes(), action));
            return;
        }
        Map<String, List<String>> form = HttpExchanges.form(exchange);
        String locale = HttpExchanges.first(form, "locale");
        List<String> themes = themes(form.getOrDefault("themes", List.of()));
        try {
            if (service.updatePreferences(token, locale, themes) == LinkResult.REFUSED) {
                invalidLink(exchange);
                return;
            }
        } catch (InvalidSignUpException e) {
            HttpExchanges.sendHtml(
                    exchange, 400, WebPages.preferencesForm(e.problems(), nonNull(locale), themes, action));
            return;
        }
        HttpExchanges.sendHtml(
                exchange, 200, WebPages.message("Preferences saved", "The next digest follows your new choices."));
    }

    /** The texts of a signed link's two pages: the GET's button, and what the POST did. */
    private record LinkPages(
            String askTitle,
            String askText,
            String path,
            String hiddenField,
            String button,
            String doneTitle,
            String doneText) {}

    // A GET shows a button that POSTs and changes nothing; the POST acts. A bad token gets the same page.
    private void linkAction(
            HttpExchange exchange, boolean post, Purpose purpose, LinkPages pages, Function<String, LinkResult> action)
            throws IOException {
        String token = token(exchange);
        if (!post) {
            if (!service.check(purpose, token).isValid()) {
                invalidLink(exchange);
                return;
            }
            HttpExchanges.sendHtml(
                    exchange,
                    200,
                    WebPages.confirmAction(
                            pages.askTitle(),
                            pages.askText(),
                            pages.path() + "?token=" + encode(token),
                            pages.hiddenField(),
                            pages.button()));
            return;
        }
        HttpExchanges.body(exchange);
        if (action.apply(token) == LinkResult.REFUSED) {
            invalidLink(exchange);
            return;
        }
        HttpExchanges.sendHtml(exchange, 200, WebPages.message(pages.doneTitle(), pages.doneText()));
    }

    private static void invalidLink(HttpExchange exchange) throws IOException {
        HttpExchanges.sendHtml(exchange, 400, WebPages.message("Invalid link", WebPages.INVALID_LINK));
    }

    private static String token(HttpExchange exchange) {
        String token = HttpExchanges.first(HttpExchanges.query(exchange), "token");
        return token == null ? "" : token;
    }

    /** Theme ids from repeated fields, comma lists, or both. */
    static List<String> themes(List<String> values) {
        List<String> themes = new ArrayList<>();
        for (String value : values) {
            for (String theme : value.split(",")) {
                if (!theme.isBlank()) {
                    themes.add(theme.strip());
                }
            }
        }
        return themes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
