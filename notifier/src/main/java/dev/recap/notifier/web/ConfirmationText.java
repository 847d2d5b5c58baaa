package dev.recap.notifier.web;

import java.util.Locale;

/** The words of the confirmation email in English and French; every value put into the HTML is escaped. */
enum ConfirmationText {
    ENGLISH(
            "en",
            "Confirm your Recap subscription",
            "Hello",
            "Please confirm that you want to receive the Recap weekly digest at %s:",
            "Confirm my subscription",
            "If the button does not work, open this address:",
            "This link works for 48 hours. If you did not ask for this, ignore this email: you will not be"
                    + " subscribed."),
    FRENCH(
            "fr",
            "Confirmez votre abonnement à Recap",
            "Bonjour",
            "Merci de confirmer que vous souhaitez recevoir le résumé hebdomadaire Recap à l'adresse %s :",
            "Confirmer mon abonnement",
            "Si le bouton ne fonctionne pas, ouvrez cette adresse :",
            "Ce lien est valable 48 heures. Si vous n'avez rien demandé, ignorez ce message : aucun abonnement"
                    + " ne sera créé.");

    private final String lang;
    private final String subject;
    private final String greeting;
    private final String request;
    private final String button;
    private final String fallback;
    private final String footnote;

    ConfirmationText(
            String lang,
            String subject,
            String greeting,
            String request,
            String button,
            String fallback,
            String footnote) {
        this.lang = lang;
        this.fallback = fallback;
        this.subject = subject;
        this.greeting = greeting;
        this.request = request;
        this.button = button;
        this.footnote = footnote;
    }

    static ConfirmationText forLocale(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("fr") ? FRENCH : ENGLISH;
    }

    String subject() {
        return subject;
    }

    String plain(String name, String email, String link) {
        return greet(name) + "\n\n" + request.formatted(email) + "\n\n" + link + "\n\n" + footnote + "\n";
    }

    String html(String name, String email, String link) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang
                + "\"><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,sans-serif;color:#1f2933;\">\n"
                + "<p>" + Html.escape(greet(name)) + "</p>\n"
                + "<p>" + Html.escape(request.formatted(email)) + "</p>\n"
                + "<p><a href=\"" + Html.escape(link) + "\" style=\"display:inline-block;padding:10px 16px;"
                + "background-color:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px;\">"
                + Html.escape(button) + "</a></p>\n"
                + "<p style=\"font-size:13px;\">" + Html.escape(fallback) + "<br>" + Html.escape(link) + "</p>\n"
                + "<p style=\"color:#52606d;font-size:13px;\">" + Html.escape(footnote) + "</p>\n"
                + "</body></html>\n";
    }

    private String greet(String name) {
        return name == null || name.isBlank() ? greeting + "," : greeting + " " + name + ",";
    }
}
