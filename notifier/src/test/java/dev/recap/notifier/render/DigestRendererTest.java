package dev.recap.notifier.render;

import static dev.recap.notifier.TestDigests.ARGO_TITLE;
import static dev.recap.notifier.TestDigests.CILIUM_TITLE;
import static dev.recap.notifier.TestDigests.OTEL_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.notifier.TestDigests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestRendererTest {

    private static final URI UNSUBSCRIBE = URI.create("https://recap.example.org/unsubscribe?subscriber=ada");

    private final DigestRenderer renderer = new DigestRenderer(new PublicUrls(URI.create("https://recap.example.org")));

    @Test
    void shouldTitleAnEnglishEmailWithTheWeek() {
        Digest digest = TestDigests.standard();

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.subject()).isEqualTo("Recap — week 2023-W16");
        assertThat(email.html()).contains("<title>Recap — week 2023-W16</title>", ">Headlines</h2>");
        assertThat(email.text()).startsWith("Recap — week 2023-W16\n=====================\n");
    }

    @Test
    void shouldUseFrenchLabelsThemeNamesAndDatesForAFrenchReader() {
        Digest digest = TestDigests.standard();

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("camille", "fr"), UNSUBSCRIBE);

        assertThat(email.subject()).isEqualTo("Recap — semaine 2023-W16");
        assertThat(email.html())
                .contains(
                        "<html lang=\"fr\">",
                        ">À la une</h2>",
                        ">GitOps &amp; livraison continue</h2>",
                        ">eBPF &amp; réseau</h2>",
                        ">Observabilité</h2>",
                        "Alice Doe (Acme), Bob Roe · mardi 18 avril 2023",
                        "Maturité CNCF en date de 2026.",
                        ">Se désabonner</a>");
        assertThat(email.text()).contains("GitOps & livraison continue\n---------------------------\n");
    }

    @Test
    void shouldShowItemsWithSpeakersCompaniesDaySummaryAndProjects() {
        Digest digest = TestDigests.standard();

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .contains(
                        "<a href=\"https://example.org/argo\" style=\"color:#0b5394;text-decoration:none;\">"
                                + ARGO_TITLE + "</a>",
                        "Alice Doe (Acme), Bob Roe · Tuesday 18 April 2023",
                        "How the team runs it in production.",
                        "Projects: Argo, Flux");
        assertThat(email.text())
                .contains("* " + ARGO_TITLE
                        + "\n  https://example.org/argo\n  Alice Doe (Acme), Bob Roe · Tuesday 18 April 2023\n"
                        + "  How the team runs it in production.\n  Projects: Argo, Flux\n");
    }

    @Test
    void shouldRenderOnlyTheSectionsOfTheSubscribersThemes() {
        Digest digest = TestDigests.standard();

        RenderedDigest email =
                renderer.renderEmail(digest, TestDigests.subscriber("ada", "en", "ebpf-networking"), UNSUBSCRIBE);

        assertThat(email.html()).contains(">eBPF &amp; Networking</h2>", CILIUM_TITLE);
        assertThat(email.html()).doesNotContain("GitOps &amp; Delivery", ARGO_TITLE, "Observability", OTEL_TITLE);
        assertThat(email.text()).contains(CILIUM_TITLE).doesNotContain(ARGO_TITLE, OTEL_TITLE);
    }

    @Test
    void shouldEscapeMarkupInTitles() {
        Digest digest = TestDigests.digest(
                TestDigests.WEEK,
                List.of(),
                TestDigests.section("wasm", TestDigests.talk("<script>alert('x')</script> & more", null, "wasm")));

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more");
    }

    @Test
    void shouldNotLinkUrlsThatAreNotHttp() {
        Digest digest = TestDigests.digest(
                TestDigests.WEEK,
                List.of(),
                TestDigests.section("wasm", TestDigests.talk("Spin 2.0", "javascript:alert(1)", "wasm")));

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html()).doesNotContain("javascript:").contains("Spin 2.0");
    }

    @Test
    void shouldEndWithTheMaturityCaveatAndTheUnsubscribeLink() {
        Digest digest = TestDigests.standard();

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html())
                .contains(
                        "CNCF maturity as of 2026.",
                        "<a href=\"https://recap.example.org/unsubscribe?subscriber=ada\" style=\"color:#0b5394;\">"
                                + "Unsubscribe</a>");
        assertThat(email.text())
                .endsWith("-- \nCNCF maturity as of 2026.\n"
                        + "Read this digest on the web: https://recap.example.org/web/2023-W16.html\n"
                        + "You receive this digest because you subscribed to Recap.\n"
                        + "Unsubscribe: https://recap.example.org/unsubscribe?subscriber=ada\n");
    }

    @Test
    void shouldStayUnderTheClippingLimitForABigDigest() {
        Digest digest = TestDigests.big(13, 60, 1200);

        RenderedDigest email = renderer.renderEmail(digest, TestDigests.subscriber("ada", "en"), UNSUBSCRIBE);

        assertThat(email.html().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(DigestRenderer.MAX_HTML_BYTES);
        assertThat(email.text().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(DigestRenderer.MAX_TEXT_BYTES);
        assertThat(email.bodyBytes()).isLessThan(102 * 1024);
        assertThat(email.html()).contains("more in the web edition</a>");
    }

    @Test
    void shouldRenderTheWebPageWithEveryThemeInEnglishAndNoUnsubscribeLink() {
        Digest digest = TestDigests.standard();

        String page = renderer.renderWebPage(digest);

        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">", ARGO_TITLE, CILIUM_TITLE, OTEL_TITLE, "CNCF maturity as of 2026.")
                .doesNotContain("Unsubscribe");
    }
}
