package org.qikan.refs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference written in the GB/T 7714 style that reference lists (参考文献) of Chinese journals use: the
 * authors, a full stop, the title with its document type code, then where it was published, each part closed by a
 * full stop:
 * <pre>
 * 王海. 深海资源开发的国际法问题[J]. 海洋法评论, 2021, 8(3): 12-20.
 * 李青. 人类共同继承财产原则研究[M]. 2版. 北京: 法律出版社, 2019: 45.
 * 张远. 海底区域的规则[C]//李青, 主编. 海洋法论文集. 北京: 法律出版社, 2020: 1-10.
 * 陈安. 国际河流治理研究[D]. 昆明: 云南大学, 2018.
 * 周明. 湄公河合作进入新阶段[N]. 人民日报, 2020-03-01(5).
 * 国务院新闻办公室. 中国的海洋事业[EB/OL]. (2020-03-01)[2021-05-06]. https://www.example.cn/a.html.
 * SMITH J, LEE T, et al. Rules at sea[J]. Ocean Policy, 2020, 3(2): 5-9. DOI:10.1234/op.2020.0302.
 * </pre>
 * The type codes give the CSL type: [J] article-journal, [M] book ([M]// a chapter), [C] paper-conference,
 * [N] article-newspaper, [D] thesis, [R] report, [S] standard, [P] patent, [EB] webpage, [DB] dataset,
 * [CP] software, [A] chapter, [G] book, [Z] document; {@code /OL} (online) changes nothing but the URL it brings.
 * No library of Maven Central reads such strings (citeproc-java writes GB/T 7714 and reads BibTeX, RIS and EndNote,
 * never a formatted reference), so this does.
 */
public final class GbtReferences {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("J", "article-journal"), Map.entry("M", "book"),
            Map.entry("C", "paper-conference"), Map.entry("N", "article-newspaper"), Map.entry("D", "thesis"),
            Map.entry("R", "report"), Map.entry("S", "standard"), Map.entry("P", "patent"), Map.entry("EB", "webpage"),
            Map.entry("DB", "dataset"), Map.entry("CP", "software"), Map.entry("A", "chapter"), Map.entry("G", "book"),
            Map.entry("Z", "document"));
    /** Authors (or none), a full stop, the title and its type code, and what follows. */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:(?<authors>[^.．\\[\\]]{1,160}?)\\s*[.．]\\s*)?(?<title>[^\\[\\]]{1,300}?)\\s*\\[(?<code>[A-Z]{1,2})(?:/OL)?]\\s*(?<after>(?://|[.．]).*)?$");
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi\\s*[:：]\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)[.．]?\\s*$");
    private static final Pattern URL = Pattern.compile("(https?://\\S+?)[.．]?\\s*$");
    /** A full stop that ends a part (not one inside a number such as {@code 2.0}). */
    private static final Pattern PART_END = Pattern.compile("\\s*(?:[.．](?!\\d)|。)\\s*");
    private static final Pattern PUBLICATION = Pattern.compile("^(?:(?<place>[^:：,，]{1,40}?)\\s*[:：]\\s*)?(?<publisher>[^,，:：]{1,80}?)"
            + "\\s*[,，]\\s*(?<year>\\d{4})[a-z]?(?:\\s*[:：]\\s*(?<pages>[\\d\\-–—~,，+]+))?$");
    private static final Pattern SERIAL = Pattern.compile("^(?<container>[^,，]+?)\\s*[,，]\\s*(?<year>\\d{4})\\s*(?:[,，]\\s*(?<volume>\\d+))?"
            + "\\s*(?:[（(](?<issue>[^)）]+)[)）])?\\s*(?:[:：]\\s*(?<pages>[\\d\\-–—~,，+]+))?$");
    private static final Pattern NEWSPAPER = Pattern.compile("^(?<container>[^,，]+?)\\s*[,，]\\s*(?<date>\\d{4}-\\d{1,2}-\\d{1,2})"
            + "\\s*(?:[（(](?<pages>[^)）]+)[)）])?$");
    private static final Pattern ONLINE_DATES = Pattern.compile("^(?:[（(](?<date>\\d{4}(?:-\\d{1,2}){0,2})[)）])?\\s*(?:\\[(?<cited>[\\d\\-]+)])?$");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*[,，、;；]\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:等|et\\s*al\\.?|主编|编|编著|著|译|eds?\\.?)$");

    private GbtReferences() {
    }

    /** Whether {@code text} has a GB/T 7714 type code after a title ({@code [J]}, {@code [M]}, {@code [EB/OL]} …). */
    public static boolean looksLikeOne(String text) {
        Matcher m = ENTRY.matcher(text.strip());
        return m.matches() && TYPES.containsKey(m.group("code"));
    }

    /** The reference {@code text} gives in note {@code note}, or empty where it is not written in the GB/T 7714 style. */
    public static Optional<Reference> parse(int note, String text) {
        Matcher m = ENTRY.matcher(text.strip());
        if (!m.matches() || !TYPES.containsKey(m.group("code"))) {
            return Optional.empty();
        }
        Draft d = new Draft(TYPES.get(m.group("code")), authors(m.group("authors")), m.group("title").strip());
        String after = m.group("after") == null ? "" : m.group("after").strip();
        boolean inside = after.startsWith("//");
        if (inside && "book".equals(d.type)) {
            d.type = "chapter";
        }
        after = withoutLinks(d, after.replaceFirst("^(?://|[.．])\\s*", ""));
        List<String> parts = new ArrayList<>(Arrays.stream(PART_END.split(after)).map(String::strip).filter(p -> !p.isEmpty()).toList());
        read(d, parts, inside);
        return Optional.of(new Reference(note, d.type, d.authors, List.of(), d.title, d.container, d.publisher, d.date, d.volume,
                d.issue, d.pages, d.url, d.place, d.doi, text.strip()));
    }

    /** A reference while its parts are read. */
    private static final class Draft {
        String type;
        final List<String> authors;
        final String title;
        String container;
        String publisher;
        String place;
        String date;
        String volume;
        String issue;
        String pages;
        String url;
        String doi;

        Draft(String type, List<String> authors, String title) {
            this.type = type;
            this.authors = authors;
            this.title = title;
        }
    }

    /** What follows the title without its DOI and address at the end, which go to the reference. */
    private static String withoutLinks(Draft d, String after) {
        String rest = after;
        Matcher doi = DOI.matcher(rest);
        if (doi.find()) {
            d.doi = doi.group(1);
            rest = rest.substring(0, doi.start()).strip();
        }
        Matcher url = URL.matcher(rest);
        if (url.find()) {
            d.url = url.group(1);
            rest = rest.substring(0, url.start()).strip();
        }
        return rest;
    }

    private static void read(Draft d, List<String> parts, boolean inside) {
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            Matcher m;
            if ((m = NEWSPAPER.matcher(part)).matches() && "article-newspaper".equals(d.type)) {
                d.container = m.group("container").strip();
                d.date = isoDate(m.group("date"));
                d.pages = m.group("pages");
            } else if ((m = SERIAL.matcher(part)).matches() && "article-journal".equals(d.type)) {
                d.container = m.group("container").strip();
                d.date = m.group("year");
                d.volume = m.group("volume");
                d.issue = m.group("issue");
                d.pages = m.group("pages");
            } else if ((m = PUBLICATION.matcher(part)).matches()) {
                d.place = m.group("place") == null ? null : m.group("place").strip();
                d.publisher = m.group("publisher").strip();
                d.date = m.group("year");
                d.pages = m.group("pages");
                if (inside && k > 0) {
                    d.container = parts.get(k - 1); // the book or proceedings the part is in (its editors before it)
                }
            } else if ((m = ONLINE_DATES.matcher(part)).matches() && m.group("date") != null) {
                d.date = isoDate(m.group("date"));
            } else if (k == 0 && parts.size() == 1 && d.container == null && !"book".equals(d.type)) {
                d.container = part; // a journal or site name alone
            }
        }
        if (d.pages != null) {
            d.pages = d.pages.replace('，', ',');
        }
    }

    /** {@code 2020-3-1} → {@code 2020-03-01}. */
    private static String isoDate(String printed) {
        StringBuilder out = new StringBuilder();
        for (String part : printed.split("-")) {
            out.append(out.isEmpty() ? part : "-" + (part.length() == 1 ? "0" + part : part));
        }
        return out.toString();
    }

    private static List<String> authors(String printed) {
        if (printed == null || printed.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : AUTHOR_SPLIT.split(printed.strip())) {
            String n = name.strip();
            if (!n.isEmpty() && !NOT_A_NAME.matcher(n).matches()) {
                out.add(n);
            }
        }
        return out;
    }
}
