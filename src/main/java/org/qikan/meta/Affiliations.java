package org.qikan.meta;

import org.qikan.content.Bilingual;
import org.qikan.content.Person;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's institution. Where the sources give no {@code affiliation}, it is read from the Chinese
 * biography as Chinese journals print it: "李巍，中国人民大学国际关系学院教授、…" gives
 * "中国人民大学国际关系学院" (the text between the name and the first academic title).
 */
final class Affiliations {
    private static final Pattern BIO = Pattern.compile(
            "^[^，,]{1,20}[，,]\\s*(?:现为|系)?(.{4,60}?)[，,、]?\\s*(?:特聘|资深|终身|二级|兼职)?"
                    + "(?:副教授|教授|副研究员|助理研究员|研究员|讲师|助理教授|博士研究生|硕士研究生|博士生|硕士生|博士后|研究生|"
                    + "院长|副院长|主任|副主任|所长|副所长|高级研究员|特约研究员|高级工程师|工程师|研究人员|学者)");

    /** Between an author's units where several are given ({@code 甲大学；乙研究院}, {@code School A; Institute B}). */
    private static final Pattern UNITS = Pattern.compile("\\s*[；;]\\s*");

    private Affiliations() {
    }

    /** The units of an affiliation as given, several set apart by {@code ；} or {@code ;}; none for null. */
    static List<String> units(String affiliation) {
        return affiliation == null || affiliation.isBlank() ? List.of()
                : Arrays.stream(UNITS.split(affiliation.strip())).filter(u -> !u.isBlank()).toList();
    }

    static Bilingual of(Person person) {
        if (!person.affiliation().isEmpty() || !person.bio().hasChinese()) {
            return person.affiliation();
        }
        Matcher m = BIO.matcher(person.bio().zh().strip());
        return m.find() ? new Bilingual(m.group(1).strip(), null) : Bilingual.EMPTY;
    }
}
