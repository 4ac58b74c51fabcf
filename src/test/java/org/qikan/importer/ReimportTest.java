package org.qikan.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing an issue again never overwrites a source someone edited since, unless forced. */
class ReimportTest {
    @TempDir
    Path out;

    private ImportResult run(boolean force) throws Exception {
        return Importer.run(new ImportOptions(Path.of("src/test/resources/importer/wrapped.txt"), "sample", out, null, null, force));
    }

    @Test
    void anUnchangedImportMayBeRepeated() throws Exception {
        ImportResult first = run(false);
        assertThat(first.issueDir().resolve(WrittenSources.RECORD)).exists();
        ImportResult again = run(false);
        assertThat(again.issueDir()).isEqualTo(first.issueDir());
    }

    @Test
    void anEditedSourceIsNeverOverwrittenWithoutForce() throws Exception {
        ImportResult first = run(false);
        Path article = first.issueDir().resolve(first.articles().get(0).slug() + ".md");
        String edited = Files.readString(article).replace("## 一、引言", "## 一、引言（编辑修订）");
        Files.writeString(article, edited);
        Path issueYaml = first.issueDir().resolve("issue.yaml");
        String issue = Files.readString(issueYaml);

        assertThatThrownBy(() -> run(false)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).diagnostic().format(out)).isEqualTo(
                        first.issueDir().getParent().getFileName() + "/" + first.issueDir().getFileName()
                                + ": error: 1 source was changed since the last import and would be overwritten: " + article.getFileName()
                                + ". nothing was written; keep your edits by importing into another --out, or run import again with --force to overwrite them"));
        assertThat(article).hasContent(edited);
        assertThat(issueYaml).hasContent(issue);

        run(true);
        assertThat(Files.readString(article)).doesNotContain("编辑修订");
        run(false);
    }
}
