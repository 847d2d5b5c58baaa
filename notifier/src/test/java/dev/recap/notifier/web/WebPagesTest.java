package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.notifier.TestDigests;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebPagesTest {

    @Test
    void shouldEscapeEverythingTheVisitorSent() {
        String page = WebPages.subscribeForm(
                List.of("Unknown theme '<script>'"), "\"><script>x</script>", "<i>Ada</i>", "fr", List.of("wasm"));

        assertThat(page)
                .doesNotContain("<script>")
                .doesNotContain("<i>Ada")
                .contains("<li>Unknown theme &#39;&lt;script&gt;&#39;</li>")
                .contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .contains("<option value=\"fr\" selected>")
                .contains("value=\"wasm\" checked>");
    }

    @Test
    void shouldLinkEachWeekOfTheArchiveRelatively() {
        String page = WebPages.archive(List.of(TestDigests.standard()));

        assertThat(page)
                .contains(
                        "<li><a href=\"digests/2023-W16\">Week 2023-W16</a> — from 2023-04-17, 30 talks, 12 posts</li>");
    }

    @Test
    void shouldPostTheConfirmationFormToTheEscapedAction() {
        String page = WebPages.confirmAction(
                "Unsubscribe?", "Press", "unsubscribe?token=a.b&x=\"", "List-Unsubscribe=One-Click", "Go");

        assertThat(page)
                .contains("<form method=\"post\" action=\"unsubscribe?token=a.b&amp;x=&quot;\">")
                .contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">");
    }
}
