package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines whose names carry the numbers of their units, with the numbered units printed under them, as many
 * Chinese journals print them, in Chinese and in the English block:
 * <pre>
 * 张三¹ 李四¹˒²          张三1,2 李四2       张三(1) 李四(2)     张三[1] 李四[2]     张三① 李四②
 * （1. 甲大学国际关系学院，北京 100871；2. 乙研究院，北京 100732）      or lines  1. 甲大学…  2. 乙研究院…
 * Zhang San1, Li Si1,2 / 1. School of International Relations, Jia University, Beijing 100871, China
 * </pre>
 * Read before notes are paired, so that a mark printed as a note marker (¹, ①, [1]) and a unit printed as a note
 * (① 甲大学…) are never taken for a note: the byline and its units become one {@link Block.Kind#BYLINE} block of the
 * names alone, and each author's units (several joined by {@code ；}) are kept in the {@link Found} value, by the
 * byline's input line (Chinese) or by the names (English), for the article and its English entry to take.
 */
public final class NumberedAffiliations {
    /** The numbers of a mark as printed: digits, superscript digits or circled numbers, set apart by commas. */
    private static final String LIST = "[0-9⁰¹²³⁴⁵⁶⁷⁸⁹" + NoteLabels.CIRCLED.substring(0, 20) + "]+(?:\\s*[,，、˒⸴]\\s*[0-9⁰¹²³⁴⁵⁶⁷⁸⁹"
            + NoteLabels.CIRCLED.substring(0, 20) + "]+)*";
    /** A mark after a name, in every way converters print a superscript. */
    private static final String MARK = "(?:<sup>\\s*(?<sup>" + LIST + ")\\s*</sup>"
            + "|\\^\\{?\\[?(?<caret>" + LIST + ")]?}?\\^?"
            + "|[（(]\\s*(?<paren>" + LIST + ")\\s*[）)]"
            + "|[［\\[]\\s*(?<bracket>" + LIST + ")\\s*[］\\]]"
            + "|(?<bare>" + LIST + "))";
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\s\u3000]*(?<name>\\p{IsHan}[\\p{IsHan}·]{1,9}?)\\s*" + MARK
            + "[\\s\u3000]*(?:[、，,；;][\\s\u3000]*)?");
    private static final Pattern ENGLISH_NAME = Pattern.compile("\\s*(?<name>\\p{Lu}[\\p{L}'’\\-]*(?:[ \\-]\\p{L}[\\p{L}'’\\-]*){0,3}?)\\s?"
            + MARK + "\\s*(?:(?:[,;；&]|\\band\\b)\\s*)?");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^[□\\s\u3000]*(?:作\\s*者\\s*[：:]\\s*)?");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:(?<dot>\\d{1,2})\\s*[.．、](?!\\d)|[（(]\\s*(?<paren>\\d{1,2})\\s*[）)]"
            + "|[［\\[]\\s*(?<bracket>\\d{1,2})\\s*[］\\]]|<sup>\\s*(?<sup>\\S{1,2})\\s*</sup>|\\^\\{?(?<caret>\\S{1,2}?)}?\\^?(?=\\s)"
            + "|(?<mark>[" + NoteLabels.CIRCLED.substring(0, 20) + "⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\\s*(?<rest>\\S.*)$");
    /** Where the next numbered unit starts on a line that prints several: after a semicolon. */
    private static final Pattern NEXT_ITEM = Pattern.compile("\\s*[；;]\\s*(?=(?:\\d{1,2}\\s*[.．、]|[（(]\\d{1,2}[）)]|[［\\[]\\d{1,2}[］\\]]|["
            + NoteLabels.CIRCLED.substring(0, 20) + "⁰¹²³⁴⁵⁶⁷⁸⁹]))");
    /** A city set apart by a space, before a postcode: {@code 北岸大学国际关系学院 北京 100871}. */
    private static final Pattern SPACED_CITY = Pattern.compile("[\\s\u3000]+\\p{IsHan}{2,4}[\\s\u3000]*\\d{6}\\s*$");
    private static final Pattern ENGLISH_UNIT = Pattern.compile("(?i)\\b(?:universit|institut|academ|college|school|cent(?:er|re)|department"
            + "|ministry|office|commission|bureau|council|foundation|association|laborator|faculty|agency|committee|library|press"
            + "|service|administration|government|observatory|museum|hospital|company|corporation|court|bank)");
    /** A unit word that ends an English unit's name: what a city never holds. */
    private static final Pattern ENGLISH_COUNTRY = Pattern.compile("\\s*,\\s*(?:P\\.\\s*R\\.\\s*|People's Republic of )?China\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_POSTCODE = Pattern.compile("(?:\\s*,\\s*\\p{Lu}[\\p{L}'’\\- ]{1,30}?)?\\s*,?\\s*\\d{6}\\s*$");
    private static final Pattern ENGLISH_CITY = Pattern.compile("\\s*,\\s*\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?\\s*$");

    private NumberedAffiliations() {
    }

    /** One author of a marked byline: the name as printed without its mark, and the numbers of the units the mark names. */
    public record MarkedName(String name, List<Integer> units) {
        public MarkedName {
            units = List.copyOf(units);
        }
    }

    /** One numbered unit: its number and its name without number, city, postcode or country. */
    public record Unit(int number, String name) {
    }

    /**
     * The blocks with every numbered byline and its units made one byline block of the names, and the authors read
     * from them: Chinese bylines by the input line of the block that replaces them, English ones by their names
     * (lower case, joined by {@code |}).
     */
    public record Found(List<Block> blocks, Map<Integer, List<ImportedArticle.Author>> chinese, Map<String, List<String>> english) {
        public Found {
            blocks = List.copyOf(blocks);
            chinese = Map.copyOf(chinese);
            english = Map.copyOf(english);
        }

        /** The authors with their units of the byline read into the block at {@code line}, if that byline was numbered. */
        public Optional<List<ImportedArticle.Author>> authorsAt(int line) {
            return Optional.ofNullable(chinese.get(line));
        }

        /** Each English name's units, where these names were printed as a numbered byline. */
        public Optional<List<String>> englishUnits(List<String> names) {
            return Optional.ofNullable(english.get(key(names)));
        }
    }

    /** Finds every numbered byline of {@code blocks}; the list given is left as it is. */
    public static Found find(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Map<Integer, List<ImportedArticle.Author>> chinese = new TreeMap<>();
        Map<String, List<String>> english = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Optional<Match> match = b.is(Block.Kind.PARA) ? matchAt(blocks, i) : Optional.empty();
            if (match.isEmpty()) {
                out.add(b);
                continue;
            }
            Match m = match.get();
            if (m.firstLine() > 0) {
                String[] lines = b.text().split("\n", -1);
                out.add(b.withText(String.join("\n", List.of(lines).subList(0, m.firstLine()))).withShortEnd(true));
            }
            List<String> units = unitsOf(m.names(), m.units());
            int line = b.line() + m.firstLine();
            List<String> names = m.names().stream().map(MarkedName::name).toList();
            boolean isEnglish = Texts.hanCount(names.get(0)) == 0;
            out.add(new Block(Block.Kind.BYLINE, String.join(isEnglish ? ", " : " ", names), line, b.page(), 0, null,
                    b.pageStart() && m.firstLine() == 0, true));
            if (isEnglish) {
                english.put(key(names), units);
            } else {
                List<ImportedArticle.Author> authors = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    authors.add(new ImportedArticle.Author(names.get(k)).withAffiliationZh(units.get(k)));
                }
                chinese.put(line, authors);
            }
            i = m.lastBlock();
        }
        return new Found(out, chinese, english);
    }

    /** A numbered byline found at a printed line of a block, its units running to the end of block {@code lastBlock}. */
    private record Match(int firstLine, List<MarkedName> names, List<Unit> units, int lastBlock) {
    }

    private static Optional<Match> matchAt(List<Block> blocks, int i) {
        String[] lines = PageJoiner.withoutMarks(blocks.get(i).text()).split("\n");
        for (int k = 0; k < lines.length; k++) {
            Optional<List<MarkedName>> names = byline(lines[k]);
            if (names.isEmpty()) {
                continue;
            }
            List<String> unitLines = new ArrayList<>(List.of(lines).subList(k + 1, lines.length));
            int last = i;
            while (last + 1 < blocks.size() && unitLines.size() < 12) {
                Optional<List<String>> next = unitLines(blocks.get(last + 1));
                if (next.isEmpty()) {
                    break;
                }
                unitLines.addAll(next.get());
                last++;
            }
            Optional<List<Unit>> units = units(unitLines);
            if (units.isPresent() && covers(units.get(), names.get())) {
                return Optional.of(new Match(k, names.get(), units.get(), last));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The printed lines of a block that may hold numbered units: a note keeps its label in front of its text. */
    private static Optional<List<String>> unitLines(Block b) {
        if (b.is(Block.Kind.NOTE) && b.noteLabel() != null && !b.noteLabel().isEmpty() && !NoteLabels.isStar(b.noteLabel())) {
            return Optional.of(List.of(NoteLabels.printed(b.noteLabel()) + " " + PageJoiner.withoutMarks(b.text()).strip()));
        }
        if (!b.is(Block.Kind.PARA) && !b.is(Block.Kind.HEADING)) {
            return Optional.empty();
        }
        List<String> lines = List.of(PageJoiner.withoutMarks(b.text()).replaceFirst("^#+\\s*", "").split("\n"));
        return items(lines).isPresent() ? Optional.of(lines) : Optional.empty();
    }

    private static boolean covers(List<Unit> units, List<MarkedName> names) {
        Set<Integer> numbers = new LinkedHashSet<>();
        units.forEach(u -> numbers.add(u.number()));
        boolean sameLanguage = units.stream().allMatch(u -> (Texts.hanCount(u.name()) > 0) == (Texts.hanCount(names.get(0).name()) > 0));
        return sameLanguage && names.stream().allMatch(n -> numbers.containsAll(n.units()));
    }

    /**
     * The authors of a byline in which every name carries a mark (a number, or several set apart by commas, bare,
     * superscript, circled, in brackets or parentheses, or in a converter's superscript syntax); empty for any other line.
     */
    public static Optional<List<MarkedName>> byline(String line) {
        String t = AUTHOR_LABEL.matcher(line.replace("**", "").strip()).replaceFirst("");
        if (t.isEmpty() || t.length() > 160 || Texts.endsWithStop(t)) {
            return Optional.empty();
        }
        Pattern name = Texts.hanCount(t) > 0 ? CHINESE_NAME : ENGLISH_NAME;
        List<MarkedName> out = new ArrayList<>();
        Matcher m = name.matcher(t);
        int end = 0;
        while (end < t.length() && m.region(end, t.length()).lookingAt() && m.end() > end) {
            List<Integer> numbers = numbers(firstNonNull(m, "sup", "caret", "paren", "bracket", "bare"));
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            out.add(new MarkedName(Texts.closeHanSpaces(m.group("name").strip()), numbers));
            end = m.end();
        }
        boolean fitsNames = name == ENGLISH_NAME || out.stream().allMatch(n -> Texts.hanCount(n.name()) <= 10);
        return end == t.length() && !out.isEmpty() && fitsNames ? Optional.of(out) : Optional.empty();
    }

    /**
     * The numbered units printed on {@code lines}: one per line or several on a line set apart by semicolons, the
     * whole list in parentheses or not, numbered 1, 2 … in order ({@code 1.}, {@code (1)}, {@code [1]}, ①, ¹); each
     * a unit's name (Chinese with a unit word such as 大学 or 研究院, or English with one such as University or
     * Institute) with its address. Empty when any line is not such a unit.
     */
    public static Optional<List<Unit>> units(List<String> lines) {
        List<Unit> out = items(lines).orElse(List.of());
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).number() != k + 1) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** The numbered units printed on {@code lines}, whatever their numbers; empty when any line is not such a unit. */
    private static Optional<List<Unit>> items(List<String> lines) {
        List<Unit> out = new ArrayList<>();
        for (String printed : lines) {
            String line = printed.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.matches("^[（(].*[）)]$")) {
                line = line.substring(1, line.length() - 1);
            }
            for (String item : NEXT_ITEM.split(line)) {
                Optional<Unit> unit = unit(item.replaceFirst("[；;。.]\\s*$", ""));
                if (unit.isEmpty()) {
                    return Optional.empty();
                }
                out.add(unit.get());
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Optional<Unit> unit(String item) {
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> number = numbers(firstNonNull(m, "dot", "paren", "bracket", "sup", "caret", "mark"));
        String rest = m.group("rest").strip();
        if (number.size() != 1 || LabelWords.startsWithLabel(rest) || Texts.endsWithStop(rest) && !rest.endsWith(".")) {
            return Optional.empty();
        }
        String name = Texts.hanCount(rest) > 0 ? chineseUnit(rest) : englishUnit(rest);
        return name == null ? Optional.empty() : Optional.of(new Unit(number.get(0), name));
    }

    /** A Chinese unit's name without its city and postcode, or null when {@code text} names no unit. */
    private static String chineseUnit(String text) {
        String unit = Affiliations.unitOf(SPACED_CITY.matcher(text).replaceFirst(""));
        boolean latin = text.codePoints().filter(Texts::isLatinLetter).count() > Texts.hanCount(text);
        boolean clause = unit.chars().anyMatch(c -> "，。；：,;:".indexOf(c) >= 0);
        return !latin && !clause && Texts.hanCount(unit) >= 3 && Texts.width(unit) <= 80 && Affiliations.namesUnit(unit) ? unit : null;
    }

    /** An English unit's name without its city, postcode and country, or null when {@code text} names no unit. */
    private static String englishUnit(String text) {
        if (!ENGLISH_UNIT.matcher(text).find() || text.length() > 200) {
            return null;
        }
        String t = ENGLISH_COUNTRY.matcher(text.strip()).replaceFirst("");
        String withoutPostcode = ENGLISH_POSTCODE.matcher(t).replaceFirst("");
        if (withoutPostcode.equals(t)) {
            Matcher city = ENGLISH_CITY.matcher(t);
            if (city.find() && !ENGLISH_UNIT.matcher(city.group()).find()) {
                withoutPostcode = t.substring(0, city.start());
            }
        }
        String unit = withoutPostcode.strip().replaceFirst(",$", "");
        return ENGLISH_UNIT.matcher(unit).find() ? unit : null;
    }

    /** Each author's units in print order, several joined by {@code ；} (English: {@code ; }). */
    public static List<String> unitsOf(List<MarkedName> names, List<Unit> units) {
        List<String> out = new ArrayList<>();
        for (MarkedName n : names) {
            List<String> own = n.units().stream().distinct().map(k -> units.get(k - 1).name()).toList();
            out.add(String.join(Texts.hanCount(own.get(0)) > 0 ? "；" : "; ", own));
        }
        return out;
    }

    private static List<Integer> numbers(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split("\\s*[,，、˒⸴]\\s*")) {
            if (part.isEmpty()) {
                return List.of();
            }
            if (NoteLabels.CIRCLED.indexOf(part.charAt(0)) >= 0) {
                part.codePoints().forEach(c -> out.add(NoteLabels.CIRCLED.indexOf(c) + 1));
            } else {
                String digits = NoteLabels.normalise(part);
                if (!digits.chars().allMatch(Character::isDigit)) {
                    return List.of();
                }
                out.add(Integer.parseInt(digits));
            }
        }
        return out.stream().allMatch(k -> k >= 1 && k <= 20) ? out : List.of();
    }

    private static String firstNonNull(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String key(List<String> names) {
        return String.join("|", names).toLowerCase(Locale.ROOT);
    }
}
