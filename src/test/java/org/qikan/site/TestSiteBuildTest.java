package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.check.LinkChecker;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestSiteBuildTest {
    @TempDir
    Path dir;

    @Test
    void theInlineStarterSiteBuildsCleanly() throws Exception {
        TestSite site = new TestSite(dir);
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, dir)).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(LinkChecker.check(site.out())).isEmpty();
        assertThat(site.read("tj/2024-04/first.html")).contains("测试文章", "A Test Article");
    }
}
