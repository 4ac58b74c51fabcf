package org.qikan.export;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.qikan.content.Bilingual;
import org.qikan.meta.Contributor;
import org.qikan.meta.ScholarlyRecord;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An article as a CSL item, the input of the CSL processor and of the CSL-JSON download. The Chinese item
 * (Chinese title, names and journal) is what GB/T 7714 cites; the English item is what APA and Chicago
 * cite, falling back to Chinese where no English is given.
 *
 * <p>Names: a Chinese name is one literal ("王小明"), which CSL prints as it is; an English name is read
 * family name first, as the journals print romanised Chinese names ("Wang Xiaoming" → family Wang).
 */
public final class CslItems {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private CslItems() {
    }

    public static CSLItemData chinese(ScholarlyRecord r) {
        return item(r, r.id(), r.title().zhOrEn(), r.journalTitle().zhOrEn(), r.publisher().zhOrEn(),
                r.authors().stream().map(a -> name(a.name().zhOrEn())).toList(), "zh-CN",
                r.abstractText().zhOrEn(), r.keywords().zh());
    }

    public static CSLItemData english(ScholarlyRecord r) {
        return item(r, r.id(), r.title().enOrZh(), r.journalTitle().enOrZh(), r.publisher().enOrZh(),
                r.authors().stream().map(Contributor::name).map(Bilingual::enOrZh).map(CslItems::name).toList(),
                r.title().hasEnglish() ? "en-US" : "zh-CN", r.abstractText().enOrZh(), r.keywords().en());
    }

    private static CSLItemData item(ScholarlyRecord r, String id, String title, String journal, String publisher,
                                    List<CSLName> authors, String language, String abstractText, List<String> keywords) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.ARTICLE_JOURNAL)
                .title(title).containerTitle(journal).author(authors.toArray(CSLName[]::new))
                .issue(String.valueOf(r.issue())).language(language);
        if (r.published() != null) {
            b.issued(r.published().getYear(), r.published().getMonthValue(), r.published().getDayOfMonth());
        } else {
            b.issued(r.year());
        }
        if (r.volume() != null) {
            b.volume(String.valueOf(r.volume()));
        }
        if (r.pageRange() != null) {
            b.page(r.pageRange());
        }
        if (r.doi() != null) {
            b.DOI(r.doi());
        }
        if (r.issn() != null) {
            b.ISSN(r.issn());
        }
        if (publisher != null) {
            b.publisher(publisher);
        }
        if (r.addresses().zhUrl() != null) {
            b.URL(r.addresses().zhUrl());
        }
        if (abstractText != null) {
            b.abstrct(abstractText);
        }
        if (!keywords.isEmpty()) {
            b.keyword(String.join(", ", keywords));
        }
        return b.build();
    }

    static CSLName name(String name) {
        if (HAN.matcher(name).find() || !name.strip().contains(" ")) {
            return new CSLNameBuilder().literal(name.strip()).build();
        }
        String[] parts = name.strip().split("\\s+", 2);
        return new CSLNameBuilder().family(parts[0]).given(parts[1]).build();
    }
}
