package org.qikan.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A publisher's templates/labels.yaml is read like a content file and merged over the built-in labels. */
class PublisherLabelsTest {
    @TempDir
    Path dir;

    @Test
    void aPartialFileChangesOnlyTheWordsItGives() throws Exception {
        TestSite site = new TestSite(dir).file("templates/labels.yaml", """
                zh:
                  contents: 本期要目
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).as(result.diagnostics().sorted().toString()).isTrue();
        assertThat(Files.readString(site.out().resolve("tj/2024-04/index.html"))).contains("本期要目", ">搜索<");
        assertThat(Files.readString(site.out().resolve("en/tj/2024-04/index.html"))).contains("Contents");
    }

    @Test
    void brokenYamlIsReportedAtItsLineAndThePreviousSiteStays() throws Exception {
        TestSite site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
        byte[] before = Files.readAllBytes(site.out().resolve("index.html"));
        site.file("templates/labels.yaml", """
                zh:
                  contents: 目录
                  search: [搜索
                en:
                  contents: Contents
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted()).singleElement().asString()
                .matches(".*templates/labels\\.yaml:[45]: error: malformed YAML.*")
                .doesNotContain("disk space");
        assertThat(Files.readAllBytes(site.out().resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void wrongEntriesAreNamedByLine() {
        TestSite site = new TestSite(dir).file("templates/labels.yaml", """
                zh:
                  contnets: 目录
                  search:
                    - 搜索
                fr:
                  contents: Sommaire
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted()).extracting(Object::toString).anySatisfy(d -> assertThat(d)
                        .endsWith("labels.yaml:2: warning: unknown label 'contnets' is ignored. did you mean 'contents'?"))
                .anySatisfy(d -> assertThat(d).contains("labels.yaml:3: error: label 'search' must be text"))
                .anySatisfy(d -> assertThat(d).contains("labels.yaml:5: warning: unknown language 'fr' is ignored"));
    }
}
