package dev.recap.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpExchangesTest {

    @Test
    void shouldDecodeFormFieldsKeepingRepeatedValuesInOrder() {
        Map<String, List<String>> fields = HttpExchanges.formFields(
                "email=ada%40example.org&name=Ada+Lovelace&themes=wasm&themes=ai-ml&empty=&flag");

        assertThat(fields)
                .containsExactly(
                        Map.entry("email", List.of("ada@example.org")),
                        Map.entry("name", List.of("Ada Lovelace")),
                        Map.entry("themes", List.of("wasm", "ai-ml")),
                        Map.entry("empty", List.of("")),
                        Map.entry("flag", List.of("")));
    }

    @Test
    void shouldAnswer400ToAMalformedPercentEncoding() {
        assertThatThrownBy(() -> HttpExchanges.formFields("email=%zz"))
                .isInstanceOfSatisfying(
                        HttpExchanges.RequestException.class,
                        e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void shouldAcceptThemesRepeatedOrAsACommaList() {
        assertThat(SubscriptionRoutes.themes(List.of("wasm, ai-ml", "observability", " ,")))
                .containsExactly("wasm", "ai-ml", "observability");
    }
}
