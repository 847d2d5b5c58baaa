package dev.recap.notifier.render;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.SourcePost;
import dev.recap.events.Speaker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns digest items into {@link ItemView}s: bylines, localised days, shortened summaries, safe links. */
final class ItemViews {

    static final int MAX_SUMMARY_CHARS = 400;
    static final int MAX_SOURCES = 3;
    private static final String SEPARATOR = " · ";
    private static final String DAY_PATTERN = "EEEE d MMMM yyyy";
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern(DAY_PATTERN, Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern(DAY_PATTERN, Locale.FRENCH);

    private ItemViews() {}

    /** A late arrival: its byline ends with the day it was first seen. */
    static ItemView lateItem(DigestItem item, Labels labels) {
        ItemView view = item(item, labels);
        String arrived = day(item.getArrived(), labels.locale());
        if (arrived == null) {
            return view;
        }
        String note = String.format(labels.locale(), labels.word("arrived"), arrived);
        return new ItemView(
                view.title(),
                view.url(),
                view.byline() == null ? note : view.byline() + SEPARATOR + note,
                view.summary(),
                view.projects(),
                view.sources());
    }

    static ItemView item(DigestItem item, Labels labels) {
        String projects = item.getProjects().isEmpty() ? null : String.join(", ", item.getProjects());
        List<SourceView> sources = new ArrayList<>();
        SourcePost own = null;
        for (SourcePost post : item.getSourcePosts()) {
            if (item.getKind() == ItemKind.POST && own == null && item.getId().equals("post:" + post.getPostId())) {
                own = post;
            } else if (sources.size() < MAX_SOURCES) {
                sources.add(source(post));
            }
        }
        return new ItemView(
                item.getTitle().strip(),
                WebLinks.httpOrNull(item.getUrl()),
                byline(item, own, labels.locale()),
                shorten(item.getSummary()),
                projects,
                sources);
    }

    private static String byline(DigestItem item, SourcePost own, Locale locale) {
        List<String> parts = new ArrayList<>(3);
        if (!item.getSpeakers().isEmpty()) {
            parts.add(item.getSpeakers().stream().map(ItemViews::speaker).collect(Collectors.joining(", ")));
        }
        if (own != null && notBlank(own.getAuthor())) {
            parts.add(own.getAuthor().strip());
        }
        if (item.getKind() == ItemKind.POST && notBlank(item.getLanguage())) {
            parts.add(item.getLanguage().strip());
        }
        String day = day(item.getDay(), locale);
        if (day != null) {
            parts.add(day);
        }
        return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
    }

    private static SourceView source(SourcePost post) {
        String url = WebLinks.httpOrNull(post.getUrl());
        String title = notBlank(post.getTitle()) ? post.getTitle().strip() : url == null ? post.getPostId() : url;
        return new SourceView(
                title,
                url,
                notBlank(post.getAuthor()) ? post.getAuthor().strip() : null,
                notBlank(post.getLanguage()) ? post.getLanguage().strip() : null);
    }

    private static String speaker(Speaker speaker) {
        String company = speaker.getCompany();
        return company == null || company.isBlank() ? speaker.getName() : speaker.getName() + " (" + company + ")";
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** An ISO day as "Tuesday 18 April 2023" / "mardi 18 avril 2023"; text that is not a date stays as is. */
    static String day(String isoDay, Locale locale) {
        if (isoDay == null || isoDay.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDay.strip()).format(dayFormat(locale));
        } catch (DateTimeParseException e) {
            return isoDay.strip();
        }
    }

    private static DateTimeFormatter dayFormat(Locale locale) {
        if (locale.equals(Locale.ENGLISH)) {
            return ENGLISH_DAY;
        }
        return locale.equals(Locale.FRENCH) ? FRENCH_DAY : DateTimeFormatter.ofPattern(DAY_PATTERN, locale);
    }

    /** Cuts a summary at a word boundary; readers follow the link for the rest. */
    static String shorten(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String text = collapseWhitespace(summary.strip());
        if (text.length() <= MAX_SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SUMMARY_CHARS);
        return text.substring(0, cut > 0 ? cut : MAX_SUMMARY_CHARS) + "…";
    }

    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
