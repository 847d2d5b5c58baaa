package dev.recap.notifier.render;

import static dev.recap.notifier.render.NewsletterFixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.events.SourcePost;
import dev.recap.events.ThemeDay;
import dev.recap.notifier.TestDigests;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The rendered email read back as a mail client would: its structure, hidden preheader, charts, links, size. */
class EmailHtmlTest {

    private static final URI UNSUBSCRIBE = URI.create("https://recap.example.org/unsubscribe?subscriber=ada");

    private final DigestRenderer renderer = new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")));
    private final WeekActivity activity = WeekActivity.of(MONDAY, NewsletterFixtures.themeDays());

    @Test
    void shouldOpenTheBodyWithAHiddenPreheaderOfTheTopHeadlines() {
        RenderedDigest email = render("en");

        Element first = Jsoup.parse(email.html()).body().child(0);

        assertThat(first.tagName()).isEqualTo("div");
        assertThat(first.attr("style"))
                .startsWith("display:none;max-height:0;max-width:0;overflow:hidden;mso-hide:all;");
        assertThat(first.text()).startsWith(email.preheader()).startsWith(NewsletterFixtures.ARGO + " · ");
    }

    @Test
    void shouldDrawEachThemeChartWithTheExactCountsOfItsThemeDays() {
        RenderedDigest email = render("en");

        List<Element> charts = Jsoup.parse(email.html()).select("table[role=img]");

        assertThat(charts).hasSize(4);
        Element gitops = charts.get(0);
        assertThat(gitops.attr("aria-label")).isEqualTo("Activity Mon 3, Tue 0, Wed 5, Thu 1, Fri 0, Sat 0, Sun 0");
        List<Element> rows = gitops.select("tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("3", "0", "5", "1", "0", "0", "0");
        assertThat(rows.get(0).select("td > div").eachAttr("style"))
                .extracting(style -> style.substring(0, style.indexOf(';')))
                .containsExactly(
                        "height:19px",
                        "height:2px",
                        "height:32px",
                        "height:6px",
                        "height:2px",
                        "height:2px",
                        "height:2px");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("M", "T", "W", "T", "F", "S", "S");
        assertThat(charts.get(3).attr("aria-label"))
                .isEqualTo("Activity Mon 0, Tue 0, Wed 0, Thu 0, Fri 4, Sat 0, Sun 1");
    }

    @Test
    void shouldBeOneWellFormedDocumentOfPresentationTablesWithWebLinksOnly() {
        for (String locale : List.of("en", "fr")) {
            String html = render(locale).html();

            Document document = Jsoup.parse(html, "", Parser.xmlParser());
            Document lenient = Jsoup.parse(html);

            assertThat(html.split("<table", -1)).hasSameSizeAs(html.split("</table>", -1));
            assertThat(html.split("<tr>", -1)).hasSameSizeAs(html.split("</tr>", -1));
            assertThat(html.split("<td", -1)).hasSameSizeAs(html.split("</td>", -1));
            assertThat(html.split("<p ", -1)).hasSameSizeAs(html.split("</p>", -1));
            assertThat(document.select("html")).hasSize(1);
            assertThat(document.select("head")).hasSize(1);
            assertThat(document.select("body")).hasSize(1);
            assertThat(lenient.select("html").attr("lang")).isEqualTo(locale);
            assertThat(lenient.select("script, img, iframe, form, link")).isEmpty();
            assertThat(lenient.select("a").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
            assertThat(lenient.select("a"))
                    .allMatch(a -> !a.attr("href").isEmpty() && !a.text().isBlank());
            for (Element table : lenient.select("table")) {
                boolean dataTable = !table.select("> tbody > tr > th").isEmpty();
                assertThat(table.attr("role"))
                        .isEqualTo(dataTable ? "" : table.hasAttr("aria-label") ? "img" : "presentation");
            }
            assertThat(lenient.select("table").first().attr("width")).isEqualTo("100%");
            assertThat(lenient.select("table table").first().attr("width")).isEqualTo("600");
            assertThat(lenient.select("style").html())
                    .startsWith(":root{color-scheme:light dark;}\n" + "@media (prefers-color-scheme: dark){");
            assertThat(lenient.select("meta[name=color-scheme]").attr("content"))
                    .isEqualTo("light dark");
        }
    }

    @Test
    void shouldKeepTheWholeMessageOfAHugeDigestUnderGmailsClippingLimit() throws Exception {
        Digest huge = huge();
        List<ThemeDay> days = new ArrayList<>();
        for (String theme : Labels.ENGLISH.themeNames().keySet()) {
            for (int day = 0; day < 7; day++) {
                days.add(NewsletterFixtures.day(theme, MONDAY.plusDays(day), day * 3, 100 + day));
            }
        }
        var reader = TestDigests.subscriber("a-reader-with-a-rather-long-address." + "x".repeat(60), "fr");

        RenderedDigest email = renderer.renderEmail(
                huge, WeekActivity.of(MONDAY, days), reader, URI.create(UNSUBSCRIBE + "&token=" + "t".repeat(300)));

        assertThat(wireBytes(email)).isLessThan(102 * 1024);
        assertThat(EmailSize.utf8(email.html())).isLessThanOrEqualTo(DigestRenderer.MAX_HTML_BYTES);
        assertThat(EmailSize.utf8(email.text())).isLessThanOrEqualTo(DigestRenderer.MAX_TEXT_BYTES);
        assertThat(email.html())
                .contains("de plus dans l'édition web</a>", ">Durabilité &amp; numérique responsable</h2>")
                .endsWith("</html>\n");
        assertThat(email.text()).contains("Se désabonner: " + UNSUBSCRIBE + "&token=");
    }

    private RenderedDigest render(String locale) {
        return renderer.renderEmail(
                NewsletterFixtures.kubeconWeek(), activity, TestDigests.subscriber("ada", locale), UNSUBSCRIBE);
    }

    /** Thirteen themes of sixty long talks and twenty posts each, a full spotlight and sixty late arrivals. */
    private static Digest huge() {
        Digest digest = TestDigests.big(13, 60, 1200);
        String sources = "https://blog.example.org/a-long-path-to-a-recap-post-about-kubecon/";
        for (var section : digest.getSections()) {
            List<DigestItem> items = new ArrayList<>(section.getItems());
            for (int i = 0; i < 20; i++) {
                DigestItem post =
                        TestDigests.talk("Post " + i + " on " + section.getTheme(), sources + i, section.getTheme());
                post.setId("post:" + section.getTheme() + i);
                post.setKind(ItemKind.POST);
                items.add(post);
            }
            items.forEach(item -> item.setSourcePosts(List.of(
                    new SourcePost(
                            "a", "A recap with a long title about many talks", "Some Author", "en", sources + "a"),
                    new SourcePost(
                            "b", "Un autre résumé très détaillé de la journée", "Autrice", "fr", sources + "b"))));
            section.setItems(items);
        }
        List<ProjectCount> spotlight = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            spotlight.add(new ProjectCount(i % 2 == 0 ? "Argo" : "Some Project " + i, 50 - i, i - 10));
        }
        digest.setSpotlight(spotlight);
        digest.setLateArrivals(digest.getSections().get(1).getItems());
        return digest;
    }

    /** The size of a multipart/alternative message of both bodies, quoted-printable, as it goes over SMTP. */
    private static int wireBytes(RenderedDigest email) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("Recap <digest@recap.local>");
        message.setRecipients(MimeMessage.RecipientType.TO, "ada@example.org");
        message.setSubject(email.subject(), "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + UNSUBSCRIBE + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        return wire.size();
    }
}
