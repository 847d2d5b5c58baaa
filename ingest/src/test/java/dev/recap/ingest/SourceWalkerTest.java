package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @TempDir
    Path work;

    @Test
    void shouldListFilesRecursivelyInSortedOrderSkippingHiddenOnes() throws IOException {
        write("posts/b.md");
        write("posts/a.md");
        write("posts/2023/c.html");
        write("posts/.gitkeep");
        write("posts/.drafts/d.md");
        write("README.md");

        List<SourceFile> files = new SourceWalker(work).walk(List.of(work.resolve("posts"), work.resolve("README.md")));

        assertThat(files)
                .extracting(SourceFile::source)
                .containsExactly("posts/2023/c.html", "posts/a.md", "posts/b.md", "README.md");
    }

    @Test
    void shouldSkipProjectDocumentsAndDataFilesInsideFoldersButReadThemWhenNamed() throws IOException {
        write("seeds/000.txt");
        write("seeds/README.md");
        write("seeds/expected.yaml");
        write("seeds/cover.png");
        write("seeds/LICENSE");

        List<SourceFile> files =
                new SourceWalker(work).walk(List.of(work.resolve("seeds"), work.resolve("seeds/README.md")));

        assertThat(files).extracting(SourceFile::source).containsExactly("seeds/000.txt", "seeds/README.md");
    }

    @Test
    void shouldListAFileGivenTwiceOnce() throws IOException {
        write("posts/a.md");

        List<SourceFile> files =
                new SourceWalker(work).walk(List.of(work.resolve("posts"), work.resolve("posts/a.md")));

        assertThat(files).extracting(SourceFile::source).containsExactly("posts/a.md");
    }

    @Test
    void shouldUseTheAbsolutePathOutsideTheWorkingDirectory() throws IOException {
        Path file = write("elsewhere/a.md");

        List<SourceFile> files = new SourceWalker(work.resolve("other")).walk(List.of(file));

        assertThat(files)
                .extracting(SourceFile::source)
                .containsExactly(file.toString().replace('\\', '/'));
    }

    @Test
    void shouldKeepAMissingRootSoItCanBeDeadLettered() {
        List<SourceFile> files = new SourceWalker(work).walk(List.of(work.resolve("missing.md")));

        assertThat(files).extracting(SourceFile::source).containsExactly("missing.md");
    }

    private Path write(String relative) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "# " + relative + "\n");
    }

    @Test
    void shouldExpandAGlobPatternAtAnyDepthIncludingTheTopFolder() throws IOException {
        Path posts = Files.createDirectories(work.resolve("posts/2023/04"));
        Files.writeString(work.resolve("posts/top.md"), "# Top");
        Files.writeString(posts.resolve("deep.md"), "# Deep");
        Files.writeString(posts.resolve("notes.txt"), "not matched");
        Files.createDirectories(work.resolve("posts/.drafts"));
        Files.writeString(work.resolve("posts/.drafts/hidden.md"), "# Hidden");

        List<SourceFile> files = new SourceWalker(work).walk(List.of(Path.of("posts/**/*.md")));

        assertThat(files).extracting(SourceFile::source).containsExactly("posts/2023/04/deep.md", "posts/top.md");
    }

    @Test
    void shouldReadAnXmlFileInAFolderOnlyWhenItIsAFeed() throws IOException {
        Files.writeString(work.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>");
        Files.writeString(work.resolve("pom.xml"), "<?xml version=\"1.0\"?><project/>");

        List<SourceFile> files = new SourceWalker(work).walk(List.of(work));

        assertThat(files).extracting(SourceFile::source).containsExactly("feed.xml");
    }
}
