package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadThePostsThenTheSeedTextsBesideTheProject() throws IOException {
        Path root = Files.createDirectories(dir.resolve("recap"));
        write(root.resolve("samples/posts/b.md"), "## B");
        write(root.resolve("samples/posts/a.html"), "<h1>A</h1>");
        write(dir.resolve("shared/seeds/000.txt"), "# Seed");
        write(dir.resolve("shared/seeds/README.md"), "not a post");

        Corpus corpus = Corpus.load(root);

        assertThat(corpus.documents())
                .extracting(Corpus.Document::name)
                .containsExactly("samples/posts/a.html", "samples/posts/b.md", "../shared/seeds/000.txt");
        assertThat(corpus.totalBytes()).isEqualTo(10 + 4 + 6);
    }

    @Test
    void shouldReadThePostsAloneWhenNoSeedsSitBesideTheProject() throws IOException {
        Path root = Files.createDirectories(dir.resolve("recap"));
        write(root.resolve("samples/posts/a.md"), "# A");

        Corpus corpus = Corpus.load(root);

        assertThat(corpus.documents()).extracting(Corpus.Document::name).containsExactly("samples/posts/a.md");
    }

    @Test
    void shouldRefuseAProjectWithoutPosts() throws IOException {
        Path root = Files.createDirectories(dir.resolve("recap/samples/posts"))
                .getParent()
                .getParent();

        assertThatThrownBy(() -> Corpus.load(root)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFindTheProjectRootFromTheModuleFolder() {
        Path root = Corpus.projectRoot();

        assertThat(root.resolve("samples/posts")).isDirectory();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
