package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTitleTest {

    private final TextPostParser parser = new TextPostParser();

    @Test
    void shouldSkipTheSkipLinkAndTheMenuOfARenderedPage() {
        String page = "Saltar al contenido\nEl blog de Diego\nInicio\nBlog\nSobre mí\n\n"
                + "KubeCon Norteamérica 2023: lo que me traje\n\nDiego Martín\n10 min de lectura\n\n"
                + "Categorías: eventos, kubernetes\n\nTexto del artículo.";

        ParsedPost post = ((ParseResult.Parsed) parser.parse(page)).post();

        assertThat(post.title()).isEqualTo("KubeCon Norteamérica 2023: lo que me traje");
        assertThat(post.author()).isEqualTo("Diego Martín");
        assertThat(post.tags()).containsExactly("eventos", "kubernetes");
    }
}
