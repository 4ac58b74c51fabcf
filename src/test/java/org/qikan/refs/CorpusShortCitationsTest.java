package org.qikan.refs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.qikan.check.Editions;
import org.qikan.diag.Diagnostic;
import org.qikan.site.BuildResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the imported corpus edition, every note that is 同上 or Ibid. links to an earlier note ("见注 N"),
 * or the build says why not (a warning naming the note); the build summary gives the counts.
 */
@Tag("corpus")
class CorpusShortCitationsTest {
    private static final Pattern IBID = Pattern.compile("^\\s*(同上|[Ii]bid)");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) of (\\d+) short citations linked \\((\\d+) unresolved\\), (\\d+) in-archive citations");

    @Test
    void everyIbidLinksToAnEarlierNoteOrIsAWarning() throws IOException {
        Path site = Editions.root(Editions.CORPUS);
        BuildResult result = Editions.result(Editions.CORPUS);
        List<String> warnings = result.diagnostics().sorted().stream().filter(d -> !d.isError()).map(Diagnostic::toString).toList();
        int ibids = 0;
        int linked = 0;
        List<String> neither = new ArrayList<>();
        for (String page : Editions.pages(Editions.CORPUS)) {
            if (page.startsWith("en/") || !page.matches("[^/]+/\\d{4}-\\d{2}/[^/]+\\.html")) {
                continue;
            }
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element note : doc.select(".notes li[id^=note-]")) {
                if (!IBID.matcher(note.text()).find()) {
                    continue;
                }
                ibids++;
                int number = Integer.parseInt(note.id().substring("note-".length()));
                Element see = note.selectFirst("a.note-see");
                if (see != null && Integer.parseInt(see.attr("href").substring("#note-".length())) < number
                        && doc.getElementById(see.attr("href").substring(1)) != null) {
                    linked++;
                } else if (warnings.stream().noneMatch(w -> w.contains("in note " + number + " points at"))) {
                    neither.add(page + " note " + number + ": " + note.text());
                }
            }
        }
        assertThat(neither).as("同上 / Ibid. notes neither linked nor warned about").isEmpty();
        assertThat(ibids).isPositive();
        Matcher counts = COUNTS.matcher(result.summary().line());
        assertThat(counts.find()).as(result.summary().line()).isTrue();
        assertThat(Integer.parseInt(counts.group(1))).isGreaterThanOrEqualTo(linked);
        System.out.printf("corpus edition: %d 同上/Ibid. notes, %d linked to an earlier note; build summary: %s%n",
                ibids, linked, counts.group());
    }
}
