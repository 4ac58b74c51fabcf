package org.qikan.importer.structure;

import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The affiliation line printed under a byline: the authors' units in full- or half-width parentheses, each with
 * its city and postcode, {@code （南海大学法学院，海口 570228）}; several units numbered and set apart by semicolons,
 * {@code （1. 甲大学国际关系学院，昆明 650091；2. 乙大学法学院，北京 100871）}. Such a line is the authors'
 * affiliation, never a title.
 */
public final class Affiliations {
    private static final Pattern LINE = Pattern.compile("^[（(]\\s*(.+?)\\s*[）)]$");
    /** The word that ends a unit's name: 大学, 学院, 研究所, 中心, 委员会 … */
    private static final Pattern UNIT = Pattern.compile("(?:大学|学院|研究院|研究所|研究中心|研究会|科学院|学校|中心|委员会|[部局署院所馆厅室处系])");
    /** Where no postcode is printed, only these longer unit words make a line an affiliation. */
    private static final Pattern INSTITUTION = Pattern.compile("(?:大学|学院|研究院|研究所|研究中心|科学院|委员会)");
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    /** The city (and postcode) after a unit: {@code ，海口 570228}, {@code ,北京}, {@code  100871}. */
    private static final Pattern ADDRESS = Pattern.compile("\\s*(?:[，,]\\s*[\\p{IsHan}]{2,8}(?:[\\s\u3000]*\\d{6})?|[\\s\u3000]*\\d{6})\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,2}\\s*[.．、]\\s*");

    private Affiliations() {
    }

    /**
     * Whether {@code text} is an affiliation line: in parentheses, Chinese, each of its parts a unit's name
     * followed by its address (a city after a comma and/or a postcode); where the line prints no postcode, every
     * unit's name ends in a word such as 大学, 学院 or 研究所.
     */
    public static boolean isLine(String text) {
        String t = PageJoiner.withoutMarks(text).strip();
        Matcher m = LINE.matcher(t);
        if (!m.matches() || t.contains("\n") || Texts.hanCount(t) < 4 || Texts.endsWithStop(m.group(1))) {
            return false;
        }
        boolean postcode = POSTCODE.matcher(m.group(1)).find();
        for (String part : m.group(1).split("[；;]")) {
            String unit = unitOf(part);
            boolean address = !unit.equals(Texts.closeHanSpaces(NUMBER.matcher(part).replaceFirst("").strip()));
            if (!address || !(postcode ? UNIT : INSTITUTION).matcher(unit).find()) {
                return false;
            }
        }
        return true;
    }

    /** The units named by an affiliation line, without their numbers, cities and postcodes. */
    public static List<String> units(String text) {
        Matcher m = LINE.matcher(PageJoiner.withoutMarks(text).strip());
        List<String> out = new ArrayList<>();
        if (m.matches()) {
            for (String part : m.group(1).split("[；;]")) {
                String unit = unitOf(part);
                if (!unit.isEmpty()) {
                    out.add(unit);
                }
            }
        }
        return out;
    }

    /** Whether {@code unit} ends in or holds a unit word (大学, 学院, 研究所, 中心, 委员会, 部 …). */
    static boolean namesUnit(String unit) {
        return UNIT.matcher(unit).find();
    }

    /** A unit's name as printed with its number, city and postcode, without them. */
    static String unitOf(String part) {
        String p = NUMBER.matcher(part).replaceFirst("").strip();
        return Texts.closeHanSpaces(ADDRESS.matcher(p).replaceFirst("").strip());
    }

    /**
     * The authors with their affiliations: one unit for all of them, or one per author in order where as many
     * are printed; otherwise every author gets all the units, as printed.
     */
    public static List<ImportedArticle.Author> assign(List<ImportedArticle.Author> authors, List<String> units) {
        List<ImportedArticle.Author> out = new ArrayList<>();
        for (int k = 0; k < authors.size(); k++) {
            String unit = units.size() == authors.size() ? units.get(k) : String.join("；", units);
            out.add(units.isEmpty() ? authors.get(k) : authors.get(k).withAffiliationZh(unit));
        }
        return out;
    }
}
