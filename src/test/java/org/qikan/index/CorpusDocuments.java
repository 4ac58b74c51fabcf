package org.qikan.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qikan.site.BuildOptions;
import org.qikan.importer.ImportException;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.Importer;

/**
 * Search documents of the corpus edition: the four corpus issues (read in place from
 * {@code ../shared/corpus}) imported with {@code qikan import} into a temporary content folder, their
 * articles rendered as the build renders them.
 */
final class CorpusDocuments {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Map<String, String> JOURNALS = new TreeMap<>(Map.of(
            "zhanlue-juece-yanjiu-2024-04.txt", "zhanlue-juece-yanjiu",
            "zhanlue-juece-yanjiu-2024-03.txt", "zhanlue-juece-yanjiu",
            "guoji-wenti-yanjiu-2023-05.txt", "guoji-wenti-yanjiu",
            "guoji-zhanwang-2023-03-qin-jiang.txt", "guoji-zhanwang"));

    private CorpusDocuments() {
    }

    static boolean available() {
        return Files.isDirectory(CORPUS);
    }

    /** Imports the corpus into {@code dir/content} (with a {@code site.yaml}) and returns that folder. */
    static Path importEdition(Path dir) throws IOException, ImportException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: {zh: 国际问题期刊, en: Journals of International Studies}\n");
        for (Map.Entry<String, String> issue : JOURNALS.entrySet()) {
            Importer.run(new ImportOptions(CORPUS.resolve(issue.getKey()), issue.getValue(), content, null, null));
        }
        return content;
    }

    static List<SearchDocument> load() throws IOException, ImportException {
        Path content = importEdition(Files.createTempDirectory("qikan-corpus-edition"));
        return SampleSearchSite.documents(BuildOptions.of(content, content.resolveSibling("site")));
    }
}
