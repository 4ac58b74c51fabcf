package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.export.CitationFormatter;
import org.qikan.export.CitationStyle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The work begun at start changes when things are made, never what a build writes. */
class StartupWorkTest {
    @TempDir
    Path dir;

    private Map<String, String> build(String name) throws IOException {
        Path out = dir.resolve(name);
        BuildResult result = new SiteBuild(BuildOptions.of(Path.of("content"), out).withIncremental(false)).run();
        assertThat(result.succeeded()).isTrue();
        return BuiltSite.fingerprint(out);
    }

    @Test
    void aBuildBesideTheStartupWorkWritesWhatABuildWithoutItWrites() throws IOException {
        Map<String, String> plain = build("plain");
        StartupWork.begin();
        assertThat(build("beside")).isEqualTo(plain);
        StartupWork.run();
        assertThat(build("after")).isEqualTo(plain);
    }

    @Test
    void thePreparedCitationFormatterIsTheOneEveryBuildTakesAndFormatsAsANewOne() {
        CitationFormatter.prepare();
        CitationFormatter prepared = CitationFormatter.shared();
        assertThat(CitationFormatter.shared()).isSameAs(prepared);
        de.undercouch.citeproc.csl.CSLItemData item = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("a")
                .type(de.undercouch.citeproc.csl.CSLType.ARTICLE_JOURNAL).title("Harbour governance")
                .containerTitle("Harbor Studies").issued(2025).build();
        de.undercouch.citeproc.csl.CSLItemData other = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("b")
                .type(de.undercouch.citeproc.csl.CSLType.ARTICLE_JOURNAL).title("Tidal records")
                .containerTitle("Harbor Studies").issued(2024).build();
        CitationFormatter forItem = new CitationFormatter();
        CitationFormatter forOther = new CitationFormatter();
        for (CitationStyle style : CitationStyle.values()) {
            String fresh = forItem.format(style, item);
            assertThat(prepared.format(style, item)).isEqualTo(fresh).containsIgnoringCase("Harbour governance");
            // after another article, as in the next build of the same process
            assertThat(prepared.format(style, other)).isEqualTo(forOther.format(style, other)).containsIgnoringCase("Tidal records");
            assertThat(prepared.format(style, item)).isEqualTo(fresh);
        }
    }
}
