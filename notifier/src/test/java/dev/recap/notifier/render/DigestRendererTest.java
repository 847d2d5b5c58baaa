package dev.recap.notifier.render;

import static dev.recap.notifier.render.NewsletterFixtures.ARGO;
import static dev.recap.notifier.render.NewsletterFixtures.CILIUM;
import static dev.recap.notifier.render.NewsletterFixtures.FRENCH_POST;
import static dev.recap.notifier.render.NewsletterFixtures.LATE_TALK;
import static dev.recap.notifier.render.NewsletterFixtures.MONDAY;
import static dev.recap.notifier.render.NewsletterFixtures.OTEL;
import static dev.recap.notifier.render.NewsletterFixtures.RECAP_POST;
import static dev.recap.notifier.render.NewsletterFixtures.SCANNERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Digest;
import dev.recap.notifier.TestDigests;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestRendererTest {

    private static final URI UNSUBSCRIBE = URI.create("https://recap.example.org/unsubscribe?subscriber=ada");

    private final DigestRenderer renderer = new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")));
    private final WeekActivity activity = WeekActivity.of(MONDAY, NewsletterFixtures.themeDays());

    @Test
    void shouldLayOutTheEnglishNewsletterInKubeWeeklyOrder() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest email = renderer.renderEmail(digest, activity, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.subject()).isEqualTo("Recap — week 2023-W16");
        assertThat(email.preheader())
                .isEqualTo(ARGO + " · " + CILIUM + " · " + "Malicious Compliance: Reflections on…");
        assertThat(email.html())
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .containsSubsequence(
                        "<title>Recap — week 2023-W16</title>",
                        ">" + ARGO + " · " + CILIUM,
                        ">Issue #16 · 17–23 April 2023</p>",
                        ">Recap — week 2023-W16</h1>",
                        ">4 posts · 7 talks · 5 themes · 8 projects</p>",
                        ">Headlines</h2>",
                        ">" + ARGO + "</a>",
                        ">" + CILIUM + "</a>",
                        ">" + SCANNERS + "</a>",
                        ">GitOps &amp; Delivery</h2>",
                        "<em>Shipping changes safely: Git as the source of truth, pipelines and progressive rollouts.</em>",
                        "aria-label=\"Activity Mon 3, Tue 0, Wed 5, Thu 1, Fri 0, Sat 0, Sun 0\"",
                        ">Progressive Delivery at Scale with Argo Rollouts</a>",
                        ">eBPF &amp; Networking</h2>",
                        ">Security &amp; Supply Chain</h2>",
                        ">No other talks this week: see the headlines and the posts from the community.</p>",
                        ">Observability</h2>",
                        ">" + OTEL + "</a>",
                        ">Projects in the spotlight</h2>",
                        ">Posts from the community</h2>",
                        ">" + RECAP_POST + "</a>",
                        ">Jane Blogger · en · Tuesday 18 April 2023</p>",
                        ">Late arrivals</h2>",
                        ">" + LATE_TALK + "</a>",
                        "Alice Doe (Acme), Bruno Roe · Wednesday 19 April 2023 · arrived Monday 24 April 2023",
                        ">You get this email because you subscribed to Recap with ada@example.org, following every"
                                + " theme.</p>",
                        "<a class=\"dk-a\" href=\"https://recap.example.org/preferences?subscriber=ada\" style=\"color:#0b5394;\">"
                                + "Preferences</a>",
                        "<a class=\"dk-a\" href=\"https://recap.example.org/unsubscribe?subscriber=ada\""
                                + " style=\"color:#0b5394;\">Unsubscribe</a>",
                        "<a class=\"dk-a\" href=\"https://recap.example.org/web/2023-W16.html\""
                                + " style=\"color:#0b5394;\">Read this digest on the web</a>",
                        "Data: <a class=\"dk-a\" href=\"https://github.com/cncf/landscape\" style=\"color:#0b5394;\">"
                                + "CNCF Cloud Native Landscape</a> (github.com/cncf/landscape), CC BY 4.0, modified"
                                + " (subset of fields). CNCF maturity as of 2026.</p>",
                        "</html>");
    }

    @Test
    void shouldLayOutTheFrenchNewsletterInTheSameOrder() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest email =
                renderer.renderEmail(digest, activity, TestDigests.subscriber("camille", "fr"), UNSUBSCRIBE);

        assertThat(email.subject()).isEqualTo("Recap — semaine 2023-W16");
        assertThat(email.html())
                .startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
                .containsSubsequence(
                        ">Numéro 16 · 17–23 avril 2023</p>",
                        ">4 articles · 7 conférences · 5 thèmes · 8 projets</p>",
                        ">À la une</h2>",
                        "Alice Doe (Acme), Bruno Roe · mardi 18 avril 2023",
                        ">GitOps &amp; livraison continue</h2>",
                        "<em>Livrer sans risque : Git comme référence, pipelines et déploiements progressifs.</em>",
                        "aria-label=\"Activité lun 3, mar 0, mer 5, jeu 1, ven 0, sam 0, dim 0\"",
                        ">eBPF &amp; réseau</h2>",
                        ">Sécurité &amp; chaîne d'approvisionnement</h2>",
                        ">Observabilité</h2>",
                        ">Projets à l'honneur</h2>",
                        ">diplômé</span>",
                        ">Articles de la communauté</h2>",
                        ">" + FRENCH_POST + "</a>",
                        ">Arrivés en retard</h2>",
                        "arrivé le lundi 24 avril 2023",
                        ">Vous recevez cet e-mail car vous vous êtes abonné·e à Recap avec camille@example.org, pour"
                                + " tous les thèmes.</p>",
                        ">Préférences</a>",
                        ">Se désabonner</a>",
                        ">Lire ce digest sur le web</a>",
                        "Maturité CNCF en date de 2026.");
    }

    @Test
    void shouldKeepOnlyTheSubscribersThemesInSectionsHeadlinesCommunityAndLateArrivals() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest email = renderer.renderEmail(
                digest, activity, TestDigests.subscriber("ada", "en", "ebpf-networking", "observability"), UNSUBSCRIBE);

        assertThat(email.html())
                .containsSubsequence(
                        ">Headlines</h2>",
                        ">" + CILIUM + "</a>",
                        ">eBPF &amp; Networking</h2>",
                        ">Observability</h2>",
                        ">Posts from the community</h2>",
                        ">" + FRENCH_POST + "</a>",
                        "following eBPF &amp; Networking, Observability.</p>")
                .doesNotContain(
                        "GitOps &amp; Delivery",
                        ARGO,
                        "Security &amp; Supply Chain",
                        SCANNERS,
                        ">Jane Blogger · en · Tuesday 18 April 2023</p>",
                        ">Late arrivals</h2>",
                        LATE_TALK);
        assertThat(email.text()).contains(CILIUM, OTEL).doesNotContain(ARGO, SCANNERS, LATE_TALK);
    }

    @Test
    void shouldNumberIssue16AndGiveTheDateRangeOfWeek2023W16() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest english = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);
        RenderedDigest french = renderer.renderEmail(digest, TestDigests.subscriber("camille", "fr"), UNSUBSCRIBE);

        assertThat(english.html()).contains(">Issue #16 · 17–23 April 2023</p>");
        assertThat(english.text())
                .startsWith("Recap — week 2023-W16\n=====================\n"
                        + "Issue #16 · 17–23 April 2023\n4 posts · 7 talks · 5 themes · 8 projects\n");
        assertThat(french.html()).contains(">Numéro 16 · 17–23 avril 2023</p>");
    }

    @Test
    void shouldNumberIssuesFromTheConfiguredFirstWeek() {
        DigestRenderer fromMarch = new DigestRenderer(
                new PublicUrls(URI.create("https://recap.example.org")), IssueCalendar.ofWeek("2023-W10"));

        RenderedDigest email = fromMarch.renderEmail(
                NewsletterFixtures.kubeconWeek(), TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html()).contains(">Issue #7 · 17–23 April 2023</p>");
    }

    @Test
    void shouldShowTheGraduatedMaturityOfArgoInTheSpotlight() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest email = renderer.renderEmail(digest, activity, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .contains("font-weight:bold;\">Argo</td>\n"
                        + "<td align=\"right\" class=\"dk-t dk-l\" style=\"padding:5px 6px;border-bottom:1px solid #e4e7eb;"
                        + "color:#1f2933;\">6</td>\n"
                        + "<td align=\"right\" class=\"dk-m dk-l\" style=\"padding:5px 6px;border-bottom:1px solid #e4e7eb;"
                        + "color:#52606d;\">+2</td>\n"
                        + "<td class=\"dk-l\" style=\"padding:5px 0 5px 6px;border-bottom:1px solid #e4e7eb;\">"
                        + "<span style=\"display:inline-block;padding:1px 7px;border-radius:9px;background-color:#1e7a46;"
                        + "color:#ffffff;font-size:11px;line-height:16px;\">graduated</span></td>");
        assertThat(email.text())
                .contains("Projects in the spotlight\n-------------------------\n"
                        + "* Argo: 6 (+2), graduated\n* Cilium: 5 (−1), graduated\n* OpenTelemetry: 3 (0), graduated\n"
                        + "* Kepler: 2 (+2), sandbox\n* Trivy: 1 (+1)\n");
    }

    @Test
    void shouldDropLinksThatAreNotHttp() {
        Digest digest = TestDigests.digest(
                TestDigests.WEEK,
                List.of(),
                TestDigests.section("wasm", TestDigests.talk("Spin 2.0", "javascript:alert(1)", "wasm")),
                TestDigests.section("ai-ml", TestDigests.talk("Serving LLMs", "ftp://example.org/llm", "ai-ml")),
                TestDigests.section(
                        "community", TestDigests.talk("Keynote", "https://example.org/keynote", "community")));

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .doesNotContain("javascript:", "ftp:")
                .contains(">Spin 2.0</p>", ">Serving LLMs</p>", "href=\"https://example.org/keynote\"");
        assertThat(email.text()).doesNotContain("javascript:", "ftp:");
    }

    @Test
    void shouldEscapeAScriptTagInATitle() {
        Digest digest = TestDigests.digest(
                TestDigests.WEEK,
                List.of(),
                TestDigests.section("wasm", TestDigests.talk("<script>alert('x')</script> & more", null, "wasm")));

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .doesNotContain("<script")
                .contains(">&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>");
        assertThat(email.text()).contains("* <script>alert('x')</script> & more\n");
    }

    @Test
    void shouldRefuseAnUnsubscribeLinkThatIsNotHttp() {
        URI mailto = URI.create("mailto:unsubscribe@recap.example.org");

        assertThatThrownBy(() -> renderer.renderEmail(
                        NewsletterFixtures.kubeconWeek(), TestDigests.subscriber("ada", "en"), mailto))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The unsubscribe link must be an http(s) URL, was mailto:unsubscribe@recap.example.org");
    }

    @Test
    void shouldRefuseActivityOfAnotherWeek() {
        WeekActivity nextWeek = WeekActivity.of(
                MONDAY.plusWeeks(1), List.of(NewsletterFixtures.day("wasm", MONDAY.plusWeeks(1), 1, 1)));

        assertThatThrownBy(() -> renderer.renderEmail(
                        NewsletterFixtures.kubeconWeek(), nextWeek, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Activity of the week of 2023-04-24 given for digest 2023-W16-0123456789ab of the week of"
                        + " 2023-04-17");
    }

    @Test
    void shouldRenderTheWebPageWithEveryThemeAndChartsButNoReaderFooter() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        String page = renderer.renderWebPage(digest, activity);

        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains(ARGO, CILIUM, OTEL, SCANNERS, LATE_TALK, "aria-label=\"Activity Mon 0, Tue 4, Wed 7,")
                .doesNotContain("Unsubscribe", "You get this email", "display:none");
        assertThat(renderer.renderWebPage(digest)).doesNotContain("aria-label=\"Activity");
    }

    @Test
    void shouldRenderTheSameEmailTwiceForTheSameReader() {
        Digest digest = NewsletterFixtures.kubeconWeek();

        RenderedDigest first = renderer.renderEmail(digest, activity, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);
        RenderedDigest other = renderer.renderEmail(digest, activity, TestDigests.subscriber("bob", "en"), UNSUBSCRIBE);
        RenderedDigest again = renderer.renderEmail(digest, activity, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(again).isEqualTo(first);
        assertThat(other.html()).contains("with bob@example.org,").doesNotContain("ada@example.org");
    }

    @Test
    void shouldNotChartAWeekWithoutActivity() {
        WeekActivity none = WeekActivity.of(MONDAY, List.of());

        RenderedDigest email = renderer.renderEmail(
                NewsletterFixtures.kubeconWeek(), none, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html()).doesNotContain("role=\"img\"");
    }

    @Test
    void shouldRenderTheSameEmailsWhateverEditionsWereRenderedBefore() {
        Digest huge = TestDigests.big(13, 20, 400);
        List<dev.recap.events.Subscriber> readers = List.of(
                TestDigests.subscriber("ada", "en"),
                TestDigests.subscriber("bob", "en", "wasm"),
                TestDigests.subscriber("camille", "fr", "wasm", "ai-ml", "observability"),
                TestDigests.subscriber("dora", "en", "gitops-delivery"));

        List<RenderedDigest> shared = readers.stream()
                .map(reader -> renderer.renderEmail(huge, activity, reader, UNSUBSCRIBE))
                .toList();
        List<RenderedDigest> fresh = readers.stream()
                .map(reader -> new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")))
                        .renderEmail(huge, activity, reader, UNSUBSCRIBE))
                .toList();

        assertThat(shared).isEqualTo(fresh);
        assertThat(shared.get(0).html()).contains("more in the web edition</a>");
        assertThat(shared.get(1).html()).contains(">8 more in the web edition</a>");
    }
}
