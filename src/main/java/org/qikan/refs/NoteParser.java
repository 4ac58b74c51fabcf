package org.qikan.refs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations of one note's text. A note is cut at 。 and semicolons; each part is read as a
 * short citation (同上, 前引, Ibid., op. cit.), a Chinese citation ({@code 作者：《书名》，出版社，年份，第 N 页},
 * {@code 作者：“文章”，《期刊》年份年第 N 期，第 N 页}), an English one ({@code Author, “Title,” Journal,
 * Vol. N, No. N, Year, pp. N-N} or {@code Author, Title, Place: Publisher, Year, p. N}), or not at all.
 * A citation with an author and a title but no publisher, journal or year is a short form.
 */
public final class NoteParser {
    private static final String PAGE_ZH = "第\\s*[\\d\\s\\-–—~、,，]+?\\s*页";
    private static final String PAGE_EN = "pp?\\.\\s*[\\d\\-–—]+(?:\\s*,\\s*[\\d\\-–—]+)*";
    private static final Pattern SPLIT = Pattern.compile("[；;。]");
    private static final Pattern CUE = Pattern.compile("^(?:参见|参阅|详见|另见|见|转引自|引自|See also|see also|See|see|Cf\\.|cf\\.)\\s*");
    private static final Pattern IBID_ZH = Pattern.compile("^同上(?:书|文|注|引)?(?:[，,、]?\\s*(" + PAGE_ZH + "))?\\s*[.]?$");
    private static final Pattern IBID_EN = Pattern.compile("^(?i:ibid(?:em)?)\\.?(?:,?\\s*(" + PAGE_EN + "))?\\.?$");
    private static final Pattern EARLIER_AUTHOR_FIRST = Pattern.compile(
            "^(?<author>[^：:，,《“]{1,30}?)\\s*[：:，,]\\s*前引(?:书|文)?(?:《(?<t1>[^》]+)》|“(?<t2>[^”]+)”)?(?:[，,]\\s*(?<page>" + PAGE_ZH + "))?");
    private static final Pattern EARLIER_AUTHOR_INSIDE = Pattern.compile(
            "^前引(?<author>[^，,《“]{0,20}?)(?:书|文|《(?<t1>[^》]+)》|“(?<t2>[^”]+)”)(?:[，,]\\s*(?<page>" + PAGE_ZH + "))?");
    private static final Pattern OP_CIT = Pattern.compile(
            "^(?<author>[^,“\"]{2,60}?),\\s*(?:[“\"](?<title>[^”\"]+?)[,.]?[”\"],?\\s*)?(?i:op\\.\\s*cit)\\.?(?:,?\\s*(?<page>" + PAGE_EN + "))?");
    private static final Pattern CHINESE = Pattern.compile("^(?<authors>[^：:《“”，,]{1,60}?)\\s*[：:]\\s*[《“](?<title>[^》”]+)[》”](?<rest>.*)$");
    private static final Pattern ENGLISH_QUOTED = Pattern.compile("^(?<authors>[^“\"]{2,120}?),\\s*[“\"](?<title>[^”\"]+?)[,.]?[”\"],?\\s*(?<rest>.*)$");
    private static final Pattern ENGLISH_BOOK = Pattern.compile(
            "^(?<authors>[A-Z][^,]{1,80}?),\\s*(?<title>[A-Z][^,]{3,200}?),\\s*(?<rest>.*)$");
    private static final Pattern NAME_EN = Pattern.compile("^(?:[A-Z][\\p{L}'’.\\-]*\\s*){1,5}(?:(?:and|&)\\s+(?:[A-Z][\\p{L}'’.\\-]*\\s*){1,5})?(?:et al\\.?|eds?\\.)?$");
    private static final Pattern CONTAINER_ZH = Pattern.compile("《([^》]+)》");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern ISSUE_ZH = Pattern.compile("第\\s*(\\d+)\\s*期");
    private static final Pattern ISSUE_EN = Pattern.compile("No\\.\\s*(\\d+)");
    private static final Pattern PAGE_ZH_PART = Pattern.compile("第\\s*([\\d\\s\\-–—~、,，]+?)\\s*页");
    private static final Pattern PAGE_EN_PART = Pattern.compile("pp?\\.\\s*([\\d\\-–—]+)");
    private static final Pattern PUBLISHER_ZH = Pattern.compile("[，,]\\s*([^，,。《]*?(?:出版社|书局|书店|出版公司|出版集团|Press))");
    private static final Pattern PUBLISHER_EN = Pattern.compile("(?:^|,\\s*)(?:[^,:]+:\\s*)?([^,:]*?(?:Press|Publishers?|Books|Routledge|Wiley|Springer|Macmillan|Norton|Knopf))\\s*,");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private NoteParser() {
    }

    public static ParsedNote parse(int number, int line, String text) {
        List<Reference> references = new ArrayList<>();
        List<ShortCitation> shorts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String segment = CUE.matcher(clean(part)).replaceFirst("").strip();
            if (!segment.isEmpty()) {
                read(number, segment, references, shorts);
            }
        }
        return new ParsedNote(number, line, references, shorts);
    }

    private static void read(int note, String segment, List<Reference> references, List<ShortCitation> shorts) {
        Matcher m;
        if ((m = IBID_ZH.matcher(segment)).matches() || (m = IBID_EN.matcher(segment)).matches()) {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.IBID, null, null, m.group(1), segment));
        } else if ((m = EARLIER_AUTHOR_FIRST.matcher(segment)).find() || (m = EARLIER_AUTHOR_INSIDE.matcher(segment)).find()) {
            String title = m.group("t1") != null ? m.group("t1") : m.group("t2");
            shorts.add(new ShortCitation(note, ShortCitation.Kind.EARLIER, blankToNull(m.group("author")), title, m.group("page"), segment));
        } else if ((m = OP_CIT.matcher(segment)).find()) {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.EARLIER, m.group("author").strip(), m.group("title"), m.group("page"), segment));
        } else if ((m = CHINESE.matcher(segment)).matches()) {
            add(note, authors(m.group("authors"), "[、，,/／]|\\s+"), m.group("title"), m.group("rest"), segment, true, references, shorts);
        } else if ((m = ENGLISH_QUOTED.matcher(segment)).matches() && isNames(m.group("authors"))) {
            add(note, authors(m.group("authors"), ",\\s*|\\s+and\\s+|\\s*&\\s*"), m.group("title"), m.group("rest"), segment, false, references, shorts);
        } else if ((m = ENGLISH_BOOK.matcher(segment)).matches() && isNames(m.group("authors"))) {
            add(note, authors(m.group("authors"), ",\\s*|\\s+and\\s+|\\s*&\\s*"), m.group("title"), m.group("rest"), segment, false, references, shorts);
        }
    }

    private static void add(int note, List<String> authors, String title, String rest, String text, boolean chinese,
                            List<Reference> references, List<ShortCitation> shorts) {
        String container = chinese ? first(CONTAINER_ZH, rest) : englishContainer(rest);
        String year = first(YEAR, rest);
        String issue = first(chinese ? ISSUE_ZH : ISSUE_EN, rest);
        String page = first(chinese ? PAGE_ZH_PART : PAGE_EN_PART, rest);
        String publisher = container != null ? null : first(chinese ? PUBLISHER_ZH : PUBLISHER_EN, rest);
        String type = container != null ? (issue != null || !chinese ? "article-journal" : "article-newspaper")
                : publisher != null || (year != null && rest.contains("版")) ? "book" : "document";
        Reference reference = new Reference(note, type, authors, title.strip(), container, publisher, year, issue,
                page == null ? null : page.replaceAll("\\s+", ""), text);
        if (reference.isFull() || authors.isEmpty()) {
            references.add(reference);
        } else {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.SHORT_FORM, authors.get(0), title.strip(), reference.page(), text));
        }
    }

    /** The journal of an English citation: the first part after the title that is not a volume, a page or a year. */
    private static String englishContainer(String rest) {
        String first = rest.split(",", 2)[0].strip();
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || first.matches("(?i:(vol|no|pp?)\\..*|(19|20)\\d{2}.*|.*\\b(19|20)\\d{2})")) {
            return null;
        }
        return rest.contains(",") ? first : null;
    }

    private static boolean isNames(String authors) {
        return Arrays.stream(authors.split(",\\s*")).allMatch(a -> NAME_EN.matcher(a.strip()).matches());
    }

    private static List<String> authors(String printed, String separator) {
        String names = printed.replaceAll("^[\\[［(（〔【][^\\]］)）〕】]{1,4}[\\]］)）〕】]\\s*", "")
                .replaceAll("(等|主编|编著|编|著|et al\\.?|eds?\\.)\\s*$", "").strip();
        return Arrays.stream(names.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Trims; text without a Chinese character gets half-width punctuation (NFKC), as English citations are read so. */
    private static String clean(String part) {
        String text = part.strip();
        return HAN.matcher(text).find() ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
