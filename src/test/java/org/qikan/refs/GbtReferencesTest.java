package org.qikan.refs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** References in the GB/T 7714 style of reference lists, each type code read into its CSL type and fields. */
class GbtReferencesTest {
    private static Reference read(String text) {
        return GbtReferences.parse(1, text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void aJournalArticle() {
        Reference r = read("王海. 深海资源开发的国际法问题[J]. 海洋法评论, 2021, 8(3): 12-20.");
        assertThat(r.type()).isEqualTo("article-journal");
        assertThat(r.authors()).containsExactly("王海");
        assertThat(r.title()).isEqualTo("深海资源开发的国际法问题");
        assertThat(r.container()).isEqualTo("海洋法评论");
        assertThat(r.date()).isEqualTo("2021");
        assertThat(r.volume()).isEqualTo("8");
        assertThat(r.issue()).isEqualTo("3");
        assertThat(r.page()).isEqualTo("12-20");
        Reference noVolume = read("王海.深海资源开发的国际法问题[J].海洋法评论,2021(3):12-20.");
        assertThat(noVolume.container()).isEqualTo("海洋法评论");
        assertThat(noVolume.issue()).isEqualTo("3");
        assertThat(noVolume.volume()).isNull();
    }

    @Test
    void booksChaptersThesesAndNewspapers() {
        Reference book = read("李青, 张远. 人类共同继承财产原则研究[M]. 2版. 北京: 法律出版社, 2019: 45.");
        assertThat(book.type()).isEqualTo("book");
        assertThat(book.authors()).containsExactly("李青", "张远");
        assertThat(book.place()).isEqualTo("北京");
        assertThat(book.publisher()).isEqualTo("法律出版社");
        assertThat(book.page()).isEqualTo("45");
        Reference chapter = read("张远. 海底区域的规则[M]//李青, 主编. 海洋法论文集. 北京: 法律出版社, 2020: 1-10.");
        assertThat(chapter.type()).isEqualTo("chapter");
        assertThat(chapter.container()).isEqualTo("海洋法论文集");
        Reference paper = read("张远. 海底区域的规则[C]//海洋法学会. 海洋法年会论文集. 上海: 海洋出版社, 2020: 1-10.");
        assertThat(paper.type()).isEqualTo("paper-conference");
        assertThat(paper.container()).isEqualTo("海洋法年会论文集");
        Reference thesis = read("陈安. 国际河流治理研究[D]. 昆明: 云南大学, 2018.");
        assertThat(thesis.type()).isEqualTo("thesis");
        assertThat(thesis.publisher()).isEqualTo("云南大学");
        Reference news = read("周明. 湄公河合作进入新阶段[N]. 人民日报, 2020-03-01(5).");
        assertThat(news.type()).isEqualTo("article-newspaper");
        assertThat(news.container()).isEqualTo("人民日报");
        assertThat(news.date()).isEqualTo("2020-03-01");
        assertThat(news.page()).isEqualTo("5");
    }

    @Test
    void onlineWorksAndDois() {
        Reference web = read("国务院新闻办公室. 中国的海洋事业[EB/OL]. (2020-03-01)[2021-05-06]. https://www.example.cn/a.html.");
        assertThat(web.type()).isEqualTo("webpage");
        assertThat(web.authors()).containsExactly("国务院新闻办公室");
        assertThat(web.date()).isEqualTo("2020-03-01");
        assertThat(web.url()).isEqualTo("https://www.example.cn/a.html");
        Reference english = read("SMITH J, LEE T, et al. Rules at sea[J]. Ocean Policy, 2020, 3(2): 5-9. DOI:10.1234/op.2020.0302.");
        assertThat(english.authors()).containsExactly("SMITH J", "LEE T");
        assertThat(english.container()).isEqualTo("Ocean Policy");
        assertThat(english.doi()).isEqualTo("10.1234/op.2020.0302");
        Reference online = read("王海. 深海资源[J/OL]. 海洋法评论, 2021(3): 12-20. https://doi.org/10.1234/hyf.2021.03.");
        assertThat(online.doi()).isEqualTo("10.1234/hyf.2021.03");
        assertThat(online.url()).isNull();
    }

    @Test
    void notesInOtherStylesAreNone() {
        assertThat(GbtReferences.parse(1, "王海：《城市与世界》，北京：世界知识出版社，2019年，第12页")).isEmpty();
        assertThat(GbtReferences.parse(1, "参见第[1]节的讨论")).isEmpty();
        assertThat(GbtReferences.parse(1, "Anna Berg, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9")).isEmpty();
    }

    @Test
    void theNoteParserReadsReferenceListEntriesSo() {
        List<Reference> refs = NoteParser.parse(3, 7, "李青. 人类共同继承财产原则研究[M]. 北京: 法律出版社, 2019.").references();
        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("book");
            assertThat(r.place()).isEqualTo("北京");
            assertThat(r.citationReference()).isEqualTo("citation_author=李青; citation_title=人类共同继承财产原则研究; "
                    + "citation_publisher=法律出版社; citation_date=2019");
        });
    }

    // --- printed in the GB/T 7714 style, then read: every field comes back ---

    private static final String[] NAMES_ZH = {"王海", "李青", "张远", "欧阳明", "国务院新闻办公室", "陈思琪"};
    private static final String[] NAMES_EN = {"SMITH J", "LEE T", "BERG A", "ZHOU M Y"};
    private static final String[] TITLES = {"深海资源开发的国际法问题", "人类共同继承财产原则研究", "Rules at sea: a study of deep seabed mining",
            "城市外交网络的扩展与限度", "The evolution of water cooperation in the Mekong"};
    private static final String[] JOURNALS = {"海洋法评论", "国际问题研究", "Ocean Policy", "Journal of International Studies"};
    private static final String[] PLACES = {"北京", "上海", "New York", "Cambridge"};
    private static final String[] PUBLISHERS = {"法律出版社", "世界知识出版社", "Routledge", "Cambridge University Press", "云南大学"};

    /** One made-up work: what a reference list prints of it. */
    record Work(String type, List<String> authors, String title, String container, String place, String publisher, int year,
                Integer volume, Integer issue, String pages, String doi) {
    }

    @Property(tries = 300)
    void aPrintedReferenceReadsBackAsPrinted(@ForAll("works") Work w) {
        String printed = print(w);
        Reference r = GbtReferences.parse(1, printed).orElseThrow(() -> new AssertionError("not read: " + printed));
        assertThat(r.type()).as(printed).isEqualTo(w.type());
        assertThat(r.authors()).as(printed).isEqualTo(w.authors());
        assertThat(r.title()).as(printed).isEqualTo(w.title());
        assertThat(r.container()).as(printed).isEqualTo(w.container());
        assertThat(r.place()).as(printed).isEqualTo(w.place());
        assertThat(r.publisher()).as(printed).isEqualTo(w.publisher());
        assertThat(r.year()).as(printed).isEqualTo(String.valueOf(w.year()));
        assertThat(r.volume()).as(printed).isEqualTo(w.volume() == null ? null : String.valueOf(w.volume()));
        assertThat(r.issue()).as(printed).isEqualTo(w.issue() == null ? null : String.valueOf(w.issue()));
        assertThat(r.page()).as(printed).isEqualTo(w.pages());
        assertThat(r.doi()).as(printed).isEqualTo(w.doi());
    }

    @Provide
    Arbitrary<Work> works() {
        Arbitrary<List<String>> authors = Arbitraries.oneOf(Arbitraries.of(NAMES_ZH).list().ofMinSize(0).ofMaxSize(3).uniqueElements(),
                Arbitraries.of(NAMES_EN).list().ofMinSize(1).ofMaxSize(3).uniqueElements());
        Arbitrary<String> pages = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(1, 300).map(String::valueOf),
                Arbitraries.integers().between(1, 300).map(p -> p + "-" + (p + 12)));
        Arbitrary<String> doi = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(1000, 99999).map(n -> "10.1234/q." + n));
        Arbitrary<Integer> maybeNumber = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(1, 40));
        return Combinators.combine(Arbitraries.of("article-journal", "book", "chapter", "paper-conference", "thesis", "report"),
                authors, Arbitraries.of(TITLES), Arbitraries.of(JOURNALS), Arbitraries.integers().between(0, PLACES.length),
                Arbitraries.of(PUBLISHERS), Arbitraries.integers().between(1990, 2030), Combinators.combine(maybeNumber, maybeNumber, pages, doi)
                        .as(java.util.Arrays::asList)).as((type, a, title, journal, place, publisher, year, numbers) -> {
            boolean serial = type.equals("article-journal");
            boolean inside = type.equals("chapter") || type.equals("paper-conference") && place % 2 == 0;
            String container = serial ? journal : inside ? "海洋法论文集" : null;
            String where = serial || place == PLACES.length ? null : PLACES[place];
            return new Work(type, a, title, container, where, serial ? null : publisher, year, serial ? (Integer) numbers.get(0) : null,
                    serial ? (Integer) numbers.get(1) : null, (String) numbers.get(2), (String) numbers.get(3));
        });
    }

    /** The work as GB/T 7714 prints it. */
    private static String print(Work w) {
        List<String> out = new ArrayList<>();
        String names = String.join(", ", w.authors());
        String code = switch (w.type()) {
            case "article-journal" -> "J";
            case "book", "chapter" -> "M";
            case "paper-conference" -> "C";
            case "thesis" -> "D";
            default -> "R";
        };
        String head = (names.isEmpty() ? "" : names + ". ") + w.title() + "[" + code + "]";
        if (w.type().equals("article-journal")) {
            String numbers = w.year() + (w.volume() == null ? "" : ", " + w.volume()) + (w.issue() == null ? "" : "(" + w.issue() + ")");
            out.add(head + ". " + w.container() + ", " + numbers + (w.pages() == null ? "" : ": " + w.pages()));
        } else {
            String publication = (w.place() == null ? "" : w.place() + ": ") + w.publisher() + ", " + w.year()
                    + (w.pages() == null ? "" : ": " + w.pages());
            out.add(w.container() == null ? head + ". " + publication : head + "//" + w.container() + ". " + publication);
        }
        if (w.doi() != null) {
            out.add("DOI:" + w.doi());
        }
        return String.join(". ", out) + ".";
    }
}
