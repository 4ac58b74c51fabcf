package org.qikan.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.cli.Qikan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issue whose bylines number their units (golden {@code numbered-affiliations}) imported into an empty folder and
 * built: each author's {@code citation_author_institution} tags on the built page are that author's own units, one
 * tag per unit, in Chinese on the Chinese page and in English on the English one.
 */
class NumberedAffiliationsBuildTest {
    private static final Path INPUT = Path.of("src/test/resources/importer/golden/numbered-affiliations/input.txt");

    @TempDir
    Path work;

    @Test
    void eachAuthorsInstitutionsFollowTheirNameOnTheBuiltPages() throws Exception {
        Path content = work.resolve("edition");
        StringWriter err = new StringWriter();
        int imported = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "import", INPUT.toString(), "--journal", "beian", "--out", content.toString(), "-q");
        assertThat(imported).as(err.toString()).isZero();
        int built = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "build", "--content", content.toString(), "--out", work.resolve("site").toString(), "--quiet");
        assertThat(built).as(err.toString()).isZero();

        String page = "beian/2031-02/01-expansion-and-limits-of-city.html";
        assertThat(authorsAndInstitutions(page)).containsExactly(
                "周明远", "@北岸大学国际关系学院",
                "陈思琪", "@北岸大学国际关系学院", "@东海社会科学院国际问题研究所",
                "林晓川", "@东海社会科学院国际问题研究所");
        assertThat(authorsAndInstitutions("en/" + page)).containsExactly(
                "ZHOU Mingyuan", "@School of International Relations, Beian University",
                "CHEN Siqi", "@School of International Relations, Beian University",
                "@Institute of International Studies, Donghai Academy of Social Sciences",
                "LIN Xiaochuan", "@Institute of International Studies, Donghai Academy of Social Sciences");
        assertThat(authorsAndInstitutions("beian/2031-02/03-local-coordination-in-border-port.html")).containsExactly(
                "韩立新", "@西陲大学政治与公共管理学院", "郑雨桐", "@边疆发展研究中心");
    }

    /** The page's citation_author tags and, marked with @, the institution tags after each, in page order. */
    private List<String> authorsAndInstitutions(String page) throws Exception {
        Document d = Jsoup.parse(work.resolve("site").resolve(page).toFile(), "UTF-8");
        return d.select("meta[name=citation_author], meta[name=citation_author_institution]").stream()
                .map(m -> (m.attr("name").equals("citation_author") ? "" : "@") + m.attr("content")).toList();
    }
}
