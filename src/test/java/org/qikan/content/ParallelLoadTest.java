package org.qikan.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.qikan.FastLaneTries;
import org.qikan.TestSite;
import org.qikan.Thorough;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issues are read on several threads, yet the edition and the problems, in their order, are those of a load on one
 * thread: over content folders of good and broken issues and articles, made up for each try.
 */
@Tag(Thorough.TAG)
class ParallelLoadTest {
    /** What an article file of a made-up issue is like. */
    enum ArticleKind { GOOD, NO_TITLE, UNKNOWN_KEY, UNKNOWN_SECTION, MALFORMED_YAML, NO_FRONT_MATTER, INVALID_UTF8 }

    /** What a folder of a made-up journal is like. */
    enum FolderKind { ISSUE, WRONG_NUMBER, MALFORMED_ISSUE_YAML, NO_ISSUE_YAML, NOT_AN_ISSUE }

    record Folder(FolderKind kind, List<ArticleKind> articles) {
    }

    @Property(tries = 200)
    @FastLaneTries(25)
    void theEditionAndItsProblemsInOrderAreThoseOfOneThread(@ForAll("journals") List<List<Folder>> journals) throws IOException {
        Path content = Files.createTempDirectory("qikan-parallel-load");
        try {
            write(content, journals);
            Diagnostics alone = new Diagnostics();
            Optional<Edition> one = new ContentLoader(alone, 1).load(content);
            assertTrue(one.isPresent());
            for (int threads : new int[] {2, 3, 8}) {
                Diagnostics together = new Diagnostics();
                assertEquals(one, new ContentLoader(together, threads).load(content), threads + " threads");
                assertEquals(describe(alone), describe(together), threads + " threads");
            }
        } finally {
            deleteAll(content);
        }
    }

    @Provide
    Arbitrary<List<List<Folder>>> journals() {
        Arbitrary<List<ArticleKind>> articles = Arbitraries.of(ArticleKind.class).list().ofMaxSize(5);
        Arbitrary<Folder> folder = Combinators.combine(Arbitraries.of(FolderKind.class), articles).as(Folder::new);
        return folder.list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(3);
    }

    private static List<String> describe(Diagnostics problems) {
        return problems.inOrder().stream().map(Diagnostic::toString).toList();
    }

    private static void write(Path content, List<List<Folder>> journals) {
        file(content, "site.yaml", TestSite.SITE);
        for (int j = 0; j < journals.size(); j++) {
            String journal = "j" + j + "/";
            file(content, journal + "journal.yaml", TestSite.JOURNAL);
            List<Folder> folders = journals.get(j);
            for (int f = 0; f < folders.size(); f++) {
                writeFolder(content, journal, 2000 + f, folders.get(f));
            }
        }
    }

    private static void writeFolder(Path content, String journal, int year, Folder folder) {
        String name = String.format(Locale.ROOT, "%d-%02d", year, 4);
        String issue = TestSite.ISSUE.replace("year: 2024", "year: " + year);
        switch (folder.kind()) {
            case NOT_AN_ISSUE -> name = "misc-" + year;
            case WRONG_NUMBER -> issue = issue.replace("number: 4", "number: 5");
            case MALFORMED_ISSUE_YAML -> issue = issue.replace("sections:", "sections: [");
            default -> {
            }
        }
        String dir = journal + name + "/";
        if (folder.kind() != FolderKind.NO_ISSUE_YAML) {
            file(content, dir + "issue.yaml", issue);
        }
        List<ArticleKind> articles = folder.articles();
        for (int a = 0; a < articles.size(); a++) {
            bytes(content, dir + String.format(Locale.ROOT, "a%02d.md", a), article(articles.get(a), a));
        }
    }

    private static byte[] article(ArticleKind kind, int index) {
        String good = TestSite.ARTICLE.replace("first_page: 1", "first_page: " + (1 + index * 10));
        String text = switch (kind) {
            case GOOD, INVALID_UTF8 -> good;
            case NO_TITLE -> good.replace("title: {zh: 测试文章, en: A Test Article}\n", "");
            case UNKNOWN_KEY -> good.replace("section: research", "section: research\nsectoin: research");
            case UNKNOWN_SECTION -> good.replace("section: research", "section: reviews");
            case MALFORMED_YAML -> good.replace("first_page: ", "first_page: [");
            case NO_FRONT_MATTER -> good.substring(good.indexOf("## "));
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (kind == ArticleKind.INVALID_UTF8) {
            bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte before the last line's final characters
        }
        return bytes;
    }

    private static void file(Path content, String path, String text) {
        bytes(content, path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Path content, String path, byte[] bytes) {
        try {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
