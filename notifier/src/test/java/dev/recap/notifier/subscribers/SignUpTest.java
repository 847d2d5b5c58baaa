package dev.recap.notifier.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignUpTest {

    @Test
    void shouldNormaliseAValidSignUp() {
        SignUp signUp = SignUp.of(" ada@example.org ", " Ada ", "FR", List.of("wasm", " ai-ml", "wasm", ""));

        assertThat(signUp).isEqualTo(new SignUp("ada@example.org", Optional.of("Ada"), "fr", List.of("wasm", "ai-ml")));
        assertThat(signUp.subscriberId()).isEqualTo(SubscriberIds.forEmail("ada@example.org"));
    }

    @Test
    void shouldDefaultToEnglishAllThemesAndNoName() {
        SignUp signUp = SignUp.of("ada@example.org", "  ", null, null);

        assertThat(signUp).isEqualTo(new SignUp("ada@example.org", Optional.empty(), "en", List.of()));
    }

    @Test
    void shouldNameEveryProblemAtOnce() {
        assertThatThrownBy(() -> SignUp.of("not-an-address", "Ada", "de", List.of("kubernetes")))
                .isInstanceOfSatisfying(
                        InvalidSignUpException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "The email address is not valid",
                                        "The language must be en or fr",
                                        "Unknown theme 'kubernetes'; themes are "
                                                + String.join(", ", SubscriberIds.THEMES)));
    }

    @Test
    void shouldRefuseAddressesThatWouldReachSomeoneElse() {
        for (String email : Arrays.asList(
                "Eve <eve@example.org>",
                "ada@example.org, eve@example.org",
                "ada@localhost",
                "ada@example.org\r\nBcc: eve@example.org",
                "@example.org",
                null)) {
            assertThatThrownBy(() -> SignUp.of(email, null, "en", List.of()))
                    .as(String.valueOf(email))
                    .isInstanceOf(InvalidSignUpException.class);
        }
    }

    @Test
    void shouldRefuseANameWithControlCharacters() {
        assertThatThrownBy(() -> SignUp.of("ada@example.org", "Ada\r\nBcc: eve", "en", List.of()))
                .isInstanceOfSatisfying(
                        InvalidSignUpException.class,
                        e -> assertThat(e.problems()).containsExactly("The name must not contain control characters"));
    }
}
