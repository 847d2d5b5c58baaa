package dev.recap.notifier.web;

import dev.recap.events.Digest;
import dev.recap.notifier.subscribers.SubscriberIds;
import java.util.Collection;
import java.util.List;

/**
 * The small HTML pages of the notifier web: one layout with inline styles (the CSP allows no style sheet),
 * every value escaped, forms posting to relative URLs so the site works under any base path.
 */
final class WebPages {

    static final String INVALID_LINK = "This link is not valid or has expired.";

    private static final String STYLE = "font-family:Arial,sans-serif;max-width:600px;margin:32px auto;"
            + "padding:0 12px;color:#1f2933;line-height:1.5;";
    private static final String BUTTON = "padding:8px 16px;background-color:#0b5394;color:#ffffff;"
            + "border:0;border-radius:4px;font-size:16px;cursor:pointer;";

    private WebPages() {}

    static String page(String title, String bodyHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " — Recap</title>\n</head>\n"
                + "<body style=\"" + STYLE + "\">\n<h1>" + Html.escape(title) + "</h1>\n"
                + bodyHtml + "</body>\n</html>\n";
    }

    static String message(String title, String text) {
        return page(title, "<p>" + Html.escape(text) + "</p>\n");
    }

    static String home() {
        return page(
                "Recap",
                "<p>The weekly digest of conference recaps.</p>\n<ul>\n"
                        + "<li><a href=\"digests\">Past digests</a></li>\n"
                        + "<li><a href=\"subscribe\">Subscribe by email</a></li>\n</ul>\n");
    }

    /** The archive: {@code digests} newest week first, each linking to its web edition. */
    static String archive(Collection<Digest> newestFirst) {
        if (newestFirst.isEmpty()) {
            return message("Past digests", "No digest has been published yet.");
        }
        StringBuilder items = new StringBuilder("<ul>\n");
        for (Digest digest : newestFirst) {
            String week = Html.escape(digest.getWeek());
            items.append("<li><a href=\"digests/")
                    .append(week)
                    .append("\">Week ")
                    .append(week)
                    .append("</a> — from ")
                    .append(Html.escape(String.valueOf(digest.getWeekStart())))
                    .append(", ")
                    .append(digest.getStats().getTalks())
                    .append(" talks, ")
                    .append(digest.getStats().getPosts())
                    .append(" posts</li>\n");
        }
        return page("Past digests", items.append("</ul>\n").toString());
    }

    /** The sign-up form, showing {@code problems} (if any) and the values sent before. */
    static String subscribeForm(List<String> problems, String email, String name, String locale, List<String> themes) {
        StringBuilder body = new StringBuilder();
        if (!problems.isEmpty()) {
            body.append("<p>Please fix the following:</p>\n<ul>\n");
            problems.forEach(p -> body.append("<li>").append(Html.escape(p)).append("</li>\n"));
            body.append("</ul>\n");
        }
        body.append("<form method=\"post\" action=\"subscribe\">\n")
                .append("<p><label>Email <input type=\"email\" name=\"email\" required value=\"")
                .append(Html.escape(email))
                .append("\"></label></p>\n")
                .append("<p><label>Name <input type=\"text\" name=\"name\" value=\"")
                .append(Html.escape(name))
                .append("\"></label></p>\n<p><label>Language <select name=\"locale\">")
                .append(option("en", "English", !"fr".equals(locale)))
                .append(option("fr", "Français", "fr".equals(locale)))
                .append("</select></label></p>\n");
        themeBoxes(body, themes);
        body.append("<p>").append(button("Subscribe")).append("</p>\n</form>\n");
        return page("Subscribe to Recap", body.toString());
    }

    /** The preferences form of a subscriber, posting to {@code action} (relative, with the signed token). */
    static String preferencesForm(List<String> problems, String locale, List<String> themes, String action) {
        StringBuilder body = new StringBuilder();
        if (!problems.isEmpty()) {
            body.append("<p>Please fix the following:</p>\n<ul>\n");
            problems.forEach(p -> body.append("<li>").append(Html.escape(p)).append("</li>\n"));
            body.append("</ul>\n");
        }
        body.append("<form method=\"post\" action=\"")
                .append(Html.escape(action))
                .append("\">\n<p><label>Language <select name=\"locale\">")
                .append(option("en", "English", !"fr".equals(locale)))
                .append(option("fr", "Français", "fr".equals(locale)))
                .append("</select></label></p>\n");
        themeBoxes(body, themes);
        body.append("<p>").append(button("Save")).append("</p>\n</form>\n");
        return page("Your Recap preferences", body.toString());
    }

    private static void themeBoxes(StringBuilder body, List<String> themes) {
        body.append("<fieldset><legend>Themes (none: all)</legend>\n");
        for (String theme : SubscriberIds.THEMES) {
            body.append("<label><input type=\"checkbox\" name=\"themes\" value=\"")
                    .append(Html.escape(theme))
                    .append(themes.contains(theme) ? "\" checked> " : "\"> ")
                    .append(Html.escape(theme))
                    .append("</label><br>\n");
        }
        body.append("</fieldset>\n");
    }

    static String checkInbox() {
        return message(
                "Check your inbox",
                "If this address can be subscribed, a confirmation link is on its way to it. "
                        + "The link works for 48 hours; nothing is sent before you confirm.");
    }

    /**
     * A page asking to confirm an action with a button that POSTs {@code hiddenField} (a {@code name=value}
     * pair, or empty) to {@code action}, a relative URL.
     */
    static String confirmAction(String title, String text, String action, String hiddenField, String label) {
        String hidden = "";
        int eq = hiddenField.indexOf('=');
        if (eq > 0) {
            hidden = "<input type=\"hidden\" name=\"" + Html.escape(hiddenField.substring(0, eq)) + "\" value=\""
                    + Html.escape(hiddenField.substring(eq + 1)) + "\">\n";
        }
        return page(
                title,
                "<p>" + Html.escape(text) + "</p>\n<form method=\"post\" action=\"" + Html.escape(action) + "\">\n"
                        + hidden + button(label) + "\n</form>\n");
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + Html.escape(label)
                + "</option>";
    }

    private static String button(String label) {
        return "<button type=\"submit\" style=\"" + BUTTON + "\">" + Html.escape(label) + "</button>";
    }
}
