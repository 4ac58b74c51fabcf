package org.qikan.refs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations of one note's text, as Chinese journals of the field print them. A note is cut at
 * 。 and semicolons; each part is read as
 * <ul>
 * <li>a short citation: 同上, 前引, Ibid., op. cit.;</li>
 * <li>a Chinese citation: {@code 作者：《书名》，出版社，年份，第 N 页}, {@code 作者：“文章”，载《期刊》年份年第 N 期，第 N 页},
 *     {@code 甲、乙：…} or {@code 甲，乙：…}, {@code 某某著，某某译：…}, Japanese titles in 「」;</li>
 * <li>an English one: {@code Author, “Title,” Journal, Vol. N, No. N, Year, pp. N-N},
 *     {@code Author, Title, Place: Publisher, Year, p. N} or {@code Author, Title (Place: Publisher, Year)}, with an
 *     organisation as author ({@code U.S. Department of Commerce, “…,”});</li>
 * <li>a work with no author, as government and press documents are cited: {@code 《题名》，网站，日期，网址},
 *     {@code “Title,” Site, Month D, YYYY, URL}, {@code 《题名》，《人民日报》2022年12月31日，第1版};</li>
 * <li>a reference in the GB/T 7714 style of reference lists, {@code 作者. 题名[J]. 刊名, 2020(3): 1-10.}
 *     ({@link GbtReferences});</li>
 * </ul>
 * or not at all. Dates are read as precisely as printed ({@link CitationDate}), a web address as the
 * reference's URL (full-width colons of converters mended). A citation with a title but no container,
 * publisher, date or address is a short form pointing back at an earlier note.
 */
public final class NoteParser {
    private static final String PAGE_ZH = "第\\s*[\\d\\s\\-–—~、,，]+?\\s*页";
    private static final String PAGE_EN = "pp?\\.\\s*[\\d\\-–—]+(?:\\s*,\\s*[\\d\\-–—]+)*";
    private static final Pattern SPLIT = Pattern.compile("[；;。]");
    private static final Pattern CUE = Pattern.compile("^(?:参见|参阅|详见|另见|见|转引自|引自|See also|see also|See|see|Cf\\.|cf\\.)\\s*[：:]?\\s*");
    /** A cue inside a sentence of comment, after which a citation follows: {@code ……，参见：作者：《书名》…}. */
    private static final Pattern CUE_INSIDE = Pattern.compile("(?:参见|参阅|详见|转引自|引自|\\bSee also\\b|\\bsee also\\b|\\bSee\\b|\\bsee\\b|\\bCf\\.|\\bcf\\.)\\s*[：:]?\\s*");
    private static final Pattern IBID_ZH = Pattern.compile("^同上(?:书|文|注|引)?(?:[，,、]?\\s*(" + PAGE_ZH + "))?\\s*[.]?$");
    private static final Pattern IBID_EN = Pattern.compile("^(?i:ibid(?:em)?)\\.?(?:,?\\s*(" + PAGE_EN + "))?\\.?$");
    private static final Pattern EARLIER_AUTHOR_FIRST = Pattern.compile(
            "^(?<author>[^：:，,《“]{1,30}?)\\s*[：:，,]\\s*前引(?:书|文)?(?:《(?<t1>[^》]+)》|“(?<t2>[^”]+)”)?(?:[，,]\\s*(?<page>" + PAGE_ZH + "))?");
    private static final Pattern EARLIER_AUTHOR_INSIDE = Pattern.compile(
            "^前引(?<author>[^，,《“]{0,20}?)(?:书|文|《(?<t1>[^》]+)》|“(?<t2>[^”]+)”)(?:[，,]\\s*(?<page>" + PAGE_ZH + "))?");
    private static final Pattern OP_CIT = Pattern.compile(
            "^(?<author>[^,“\"]{2,60}?),\\s*(?:[“\"](?<title>[^”\"]+?)[,.]?[”\"],?\\s*)?(?i:op\\.\\s*cit)\\.?(?:,?\\s*(?<page>" + PAGE_EN + "))?");
    /** Authors (each name or organisation at most 20 characters, separated by 、 or ，), a colon, a title in 《》 “” or 「」. */
    private static final String TITLE_ZH = "(?:《(?<t1>[^》]+)》|“(?<t2>[^”]+)”|「(?<t3>[^」]+)」|『(?<t4>[^』]+)』)";
    private static final Pattern CHINESE = Pattern.compile(
            "^(?<authors>[^：:《“”「」，,、。]{1,20}(?:[、，,][^：:《“”「」，,、。]{1,20}){0,7}?)\\s*(?:[：:]|、(?=「))\\s*"
                    + TITLE_ZH + "(?<rest>.*)$");
    private static final Pattern UNSIGNED_ZH = Pattern.compile("^(?:《(?<t1>[^》]+)》|「(?<t3>[^」]+)」|『(?<t4>[^』]+)』)(?<rest>.*)$");
    private static final Pattern TITLE_MARK = Pattern.compile("[《“「『\"]");
    private static final Pattern UNSIGNED_EN = Pattern.compile("^[“\"](?<title>[^”\"]+?)[,.]?[”\"],?\\s*(?<rest>.*)$");
    private static final Pattern ENGLISH_QUOTED = Pattern.compile("^(?<authors>[^“\"]{2,120}?),\\s*[“\"](?<title>[^”\"]+?)[,.]?[”\"],?\\s*(?<rest>.*)$");
    private static final Pattern ENGLISH_BOOK_PLACE = Pattern.compile(
            "^(?<authors>[A-Z][^,(]{1,80}?),\\s*(?<title>[A-Z][^()]{3,200}?)\\s*\\((?<rest>[^()]*(?:19|20)\\d{2}[^()]*)\\)(?<after>.*)$");
    private static final Pattern ENGLISH_BOOK = Pattern.compile(
            "^(?<authors>[A-Z][^,]{1,80}?),\\s*(?<title>[A-Z][^,]{3,200}?),\\s*(?<rest>.*)$");
    private static final Pattern NAME_EN = Pattern.compile("^(?:[A-Z][\\p{L}'’.\\-]*\\s*){1,5}(?:(?:and|&)\\s+(?:[A-Z][\\p{L}'’.\\-]*\\s*){1,5})?(?:et al\\.?|eds?\\.)?$");
    /** An organisation as author: capitalised words with the small words of names of bodies between them. */
    private static final Pattern ORGANISATION_EN = Pattern.compile(
            "^(?:(?:[A-Z][\\p{L}'’.\\-&]*|of|for|and|on|the|in|de|du|des|la|le)\\s+){1,11}[A-Z][\\p{L}'’.\\-]*$");
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s*al\\.?|eds?\\.");
    private static final Pattern CONTAINER_ZH = Pattern.compile("《([^》]+)》");
    /** A DOI as printed: {@code doi:10.…}, {@code DOI: 10.…}, {@code https://doi.org/10.…} (dx.doi.org too). */
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi\\s*[:：]\\s*|https?\\s*[:：]\\s*//(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s，,。；;）)》”\"]+)");
    /** Where a Chinese publisher is: {@code 北京：世界知识出版社}. */
    private static final Pattern PLACE_ZH = Pattern.compile("^([\\p{IsHan}]{2,8})\\s*[：:]\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("(?i)https?\\s*[:：]\\s*//[^\\s，,。；;）)》”\"]+");
    private static final Pattern VOLUME = Pattern.compile("(?:\\bVol\\.?\\s*(\\d+)|第\\s*(\\d+)\\s*卷)");
    private static final Pattern ISSUE_ZH = Pattern.compile("第\\s*(\\d+)\\s*期");
    private static final Pattern ISSUE_EN = Pattern.compile("Nos?\\.\\s*(\\d+(?:\\s*[-/–]\\s*\\d+)?)");
    private static final Pattern PAGE_ZH_PART = Pattern.compile("第\\s*([\\d\\s\\-–—~、,，]+?)\\s*页");
    private static final Pattern PAGE_EN_PART = Pattern.compile("pp?\\.\\s*([\\d\\-–—]+)");
    private static final Pattern NEWSPAPER_DATE = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern PUBLISHER_ZH = Pattern.compile("[，,]\\s*([^，,。《]*?(?:出版社|书局|书店|出版公司|出版集团|Press))");
    private static final Pattern PUBLISHER_EN = Pattern.compile("(?:^|,\\s*)(?:[^,:]+:\\s*)?([^,:]*?(?:Press|Publishers?|Books|Routledge|Wiley|Springer|Macmillan|Norton|Knopf))\\s*,");
    private static final Pattern PUBLISHER_IN_PARENTHESES = Pattern.compile("\\((?:[^():,]{1,40}:\\s*)?([^(),:]{2,80}?)\\s*,\\s*(?:19|20)\\d{2}\\)");
    private static final Pattern PLACE_PUBLISHER_EN = Pattern.compile("(?:^|,\\s*)[A-Z][^,:]{1,40}:\\s*([^,:]{2,80}?)\\s*,\\s*(?:19|20)\\d{2}");
    private static final Pattern NOT_A_SITE = Pattern.compile("(?i)^(?:vol|nos?|pp?|art(?:icle)?)\\b.*|.*\\d.*|^(?:载|见|转引自).*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A chapter: {@code in Editor and Editor, eds., Book Title (Place: Publisher, Year)}. */
    private static final Pattern IN_BOOK_EN = Pattern.compile("^in\\s+(?:.+?,\\s*eds?\\.?,\\s*)?(?<book>[A-Z][^(,]{3,200}?)\\s*(?:\\(|,)");

    private NoteParser() {
    }

    public static ParsedNote parse(int number, int line, String text) {
        return ParsedNotes.get(number, line, text, () -> read(number, line, text));
    }

    private static ParsedNote read(int number, int line, String text) {
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

    /** Reads a segment; where a sentence of comment leads to the citation with a cue (参见, see), from the cue on. */
    private static void read(int note, String segment, List<Reference> references, List<ShortCitation> shorts) {
        Matcher mark = TITLE_MARK.matcher(segment);
        int title = mark.find() ? mark.start() : segment.length();
        Matcher cue = CUE_INSIDE.matcher(segment);
        int from = -1;
        while (cue.find() && cue.end() <= title) {
            from = cue.end();
        }
        if (from > 0 && from < segment.length()) {
            readWhole(note, segment.substring(from).strip(), references, shorts);
            return;
        }
        int before = references.size() + shorts.size();
        readWhole(note, segment, references, shorts);
        if (references.size() + shorts.size() == before) {
            int last = -1;
            for (cue.reset(); cue.find(); ) {
                last = cue.end();
            }
            if (last > 0 && last < segment.length()) {
                readWhole(note, segment.substring(last).strip(), references, shorts);
            }
        }
    }

    private static String markedTitle(Matcher m) {
        for (String group : new String[]{"t1", "t2", "t3", "t4"}) {
            try {
                if (m.group(group) != null) {
                    return m.group(group);
                }
            } catch (IllegalArgumentException notInThisPattern) {
                // UNSIGNED_ZH has no t2
            }
        }
        return "";
    }

    private static void readWhole(int note, String segment, List<Reference> references, List<ShortCitation> shorts) {
        Matcher m;
        Optional<Reference> gbt = GbtReferences.parse(note, segment);
        if (gbt.isPresent() && gbt.get().isFull()) {
            references.add(gbt.get());
        } else if ((m = IBID_ZH.matcher(segment)).matches() || (m = IBID_EN.matcher(segment)).matches()) {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.IBID, null, null, m.group(1), segment));
        } else if ((m = EARLIER_AUTHOR_FIRST.matcher(segment)).find() || (m = EARLIER_AUTHOR_INSIDE.matcher(segment)).find()) {
            String title = m.group("t1") != null ? m.group("t1") : m.group("t2");
            shorts.add(new ShortCitation(note, ShortCitation.Kind.EARLIER, blankToNull(m.group("author")), title, m.group("page"), segment));
        } else if ((m = OP_CIT.matcher(segment)).find()) {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.EARLIER, m.group("author").strip(), m.group("title"), m.group("page"), segment));
        } else if ((m = CHINESE.matcher(segment)).matches()) {
            add(note, Names.chinese(m.group("authors")), markedTitle(m), m.group("rest"), segment, true, references, shorts);
        } else if ((m = UNSIGNED_ZH.matcher(segment)).matches()) {
            add(note, Names.NONE, markedTitle(m), m.group("rest"), segment, true, references, shorts);
        } else if ((m = UNSIGNED_EN.matcher(segment)).matches()) {
            add(note, Names.NONE, m.group("title"), m.group("rest"), segment, false, references, shorts);
        } else if ((m = ENGLISH_QUOTED.matcher(segment)).matches() && isAuthor(m.group("authors"))) {
            add(note, Names.english(m.group("authors")), m.group("title"), m.group("rest"), segment, false, references, shorts);
        } else if ((m = ENGLISH_BOOK_PLACE.matcher(segment)).matches() && isNames(m.group("authors"))) {
            add(note, Names.english(m.group("authors")), m.group("title"), m.group("rest") + "," + m.group("after"), segment, false,
                    references, shorts);
        } else if ((m = ENGLISH_BOOK.matcher(segment)).matches() && isNames(m.group("authors"))) {
            add(note, Names.english(m.group("authors")), m.group("title"), m.group("rest"), segment, false, references, shorts);
        }
    }

    private static void add(int note, Names names, String title, String printedWithDoi, String text, boolean chinese,
                            List<Reference> references, List<ShortCitation> shorts) {
        Matcher doiAt = DOI.matcher(printedWithDoi);
        String doi = doiAt.find() ? doiAt.group(1).replaceAll("[.,]+$", "") : null;
        String printedRest = doi == null ? printedWithDoi : printedWithDoi.substring(0, doiAt.start()) + printedWithDoi.substring(doiAt.end());
        Matcher address = URL.matcher(printedRest);
        String url = address.find() ? address.group().replaceAll("\\s+", "").replace('：', ':').replaceAll("[.,]+$", "") : null;
        String rest = url == null ? printedRest : printedRest.substring(0, address.start()) + printedRest.substring(address.end());
        Matcher inBook = chinese ? null : IN_BOOK_EN.matcher(rest.strip());
        boolean chapter = inBook != null && inBook.find();
        String container = chapter ? inBook.group("book").strip() : chinese ? first(CONTAINER_ZH, rest) : englishContainer(rest);
        String date = CitationDate.find(rest);
        String volume = volume(rest);
        String issue = first(chinese ? ISSUE_ZH : ISSUE_EN, rest);
        String page = first(chinese ? PAGE_ZH_PART : PAGE_EN_PART, rest);
        String publisher = container != null && !chapter ? null : chinese ? first(PUBLISHER_ZH, rest) : englishPublisher(rest);
        String place = null;
        Matcher placed = publisher == null ? null : PLACE_ZH.matcher(publisher);
        if (placed != null && placed.matches()) {
            place = placed.group(1);
            publisher = placed.group(2).strip();
        } else if (publisher != null && !chinese) {
            place = englishPlace(rest, publisher);
        }
        String site = null;
        if (container == null && publisher == null && (url != null || names.isEmpty())) {
            site = firstPart(rest);
        }
        String periodical = null;
        if (!chinese && container == null && publisher == null && url == null && !names.isEmpty() && date != null && date.length() > 4) {
            periodical = firstPart(rest);
        }
        String type;
        if (chapter) {
            type = "chapter";
        } else if (container != null) {
            boolean book = chinese && issue == null && (first(PUBLISHER_ZH, rest) != null || rest.contains("版") && !NEWSPAPER_DATE.matcher(rest).find());
            type = book ? "chapter" : issue != null || volume != null || !chinese ? "article-journal" : "article-newspaper";
        } else if (publisher != null || (date != null && rest.contains("版"))) {
            type = "book";
        } else if (url != null) {
            type = "webpage";
            container = site;
        } else if (doi != null) {
            type = "article-journal"; // what a DOI with nothing else printed most often names
        } else if (periodical != null) {
            type = date.length() > 7 ? "article-newspaper" : "article-magazine";
            container = periodical;
        } else {
            type = "document";
            publisher = site;
        }
        if (container != null && "book".equals(type)) {
            container = null;
        }
        Reference reference = new Reference(note, type, names.authors(), names.translators(), title.strip(), container, publisher,
                date, volume, issue, page == null ? null : page.replaceAll("\\s+", ""), url, place, doi, text);
        if (reference.isFull()) {
            references.add(reference);
        } else {
            shorts.add(new ShortCitation(note, ShortCitation.Kind.SHORT_FORM, names.isEmpty() ? null : names.authors().get(0),
                    title.strip(), reference.page(), text));
        }
    }

    /**
     * The journal of an English citation: the first part after the title that is not a volume, a page, a date or a
     * {@code Place: Publisher}, where a volume, number or page follows.
     */
    private static String englishContainer(String rest) {
        String first = rest.split(",", 2)[0].strip();
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || first.contains(":") || first.matches("(?i:(vol|nos?|pp?)\\..*|(19|20)\\d{2}.*|.*\\b(19|20)\\d{2})")
                || CitationDate.find(first) != null) {
            return null;
        }
        return rest.contains(",") && (VOLUME.matcher(rest).find() || ISSUE_EN.matcher(rest).find() || PAGE_EN_PART.matcher(rest).find())
                ? first : null;
    }

    private static String englishPublisher(String rest) {
        String inParentheses = first(PUBLISHER_IN_PARENTHESES, rest);
        if (inParentheses != null) {
            return inParentheses;
        }
        String publisher = first(PUBLISHER_EN, rest);
        return publisher != null ? publisher : first(PLACE_PUBLISHER_EN, rest);
    }

    /** Where an English publisher is: the words before the colon in front of its name ({@code New York: Routledge}). */
    private static String englishPlace(String rest, String publisher) {
        Matcher m = Pattern.compile("(?:^|[,(]\\s*)(\\p{Lu}[\\p{L} .'’\\-]{1,40}?)\\s*:\\s*" + Pattern.quote(publisher)).matcher(rest);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The first part of what follows the title, when it names a site or a body rather than a date, a number or a page. */
    private static String firstPart(String rest) {
        for (String part : rest.split("[，,、]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (NOT_A_SITE.matcher(p).matches() || CitationDate.find(p) != null || p.length() > 60 || !LETTER.matcher(p).find()) {
                return null;
            }
            return p;
        }
        return null;
    }

    private static String volume(String rest) {
        Matcher m = VOLUME.matcher(rest);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static boolean isAuthor(String authors) {
        return isNames(authors) || ORGANISATION_EN.matcher(authors.strip()).matches();
    }

    private static boolean isNames(String authors) {
        return Arrays.stream(authors.split(",\\s*")).map(String::strip).filter(a -> !ET_AL.matcher(a).matches())
                .allMatch(a -> NAME_EN.matcher(a).matches());
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

    /** The people a citation names before its title: authors, and translators where the note says 译. */
    private record Names(List<String> authors, List<String> translators) {
        static final Names NONE = new Names(List.of(), List.of());
        private static final Pattern NATIONALITY = Pattern.compile("^[\\[［(（〔【][^\\]］)）〕】]{1,4}[\\]］)）〕】]\\s*");
        private static final Pattern ROLE = Pattern.compile("(?:等|主编|编著|编|著|,?\\s*et\\.?\\s*al\\.?|,?\\s*eds?\\.)+\\s*$");

        boolean isEmpty() {
            return authors.isEmpty();
        }

        /** {@code 甲、乙}, {@code 甲，乙}, {@code [美]甲著，乙译}, {@code 甲 乙} (names spaced apart). */
        static Names chinese(String printed) {
            List<String> authors = new ArrayList<>();
            List<String> translators = new ArrayList<>();
            for (String part : printed.split("[，,]")) {
                String p = part.strip();
                boolean translated = p.endsWith("译") && p.length() > 1;
                String names = ROLE.matcher(NATIONALITY.matcher(translated ? p.substring(0, p.length() - 1) : p).replaceFirst(""))
                        .replaceFirst("").strip();
                for (String name : names.split("[、/／]|\\s+")) {
                    String n = NATIONALITY.matcher(name.strip()).replaceFirst("").strip();
                    if (!n.isEmpty()) {
                        (translated ? translators : authors).add(n);
                    }
                }
            }
            return new Names(authors, translators);
        }

        static Names english(String printed) {
            String names = ROLE.matcher(printed).replaceFirst("").strip();
            return new Names(Arrays.stream(names.split(",\\s*|\\s+and\\s+|\\s*&\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    List.of());
        }
    }
}
