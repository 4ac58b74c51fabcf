package org.qikan.export;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.qikan.meta.HeadTags;
import org.qikan.meta.ScholarlyRecord;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * BibTeX {@code @article} entries, written with jbibtex. Fields are braced; a Chinese name is braced
 * whole ({@code {王小明}}) so that BibTeX does not split it; LaTeX's special characters are escaped.
 */
public final class BibTeX {
    private BibTeX() {
    }

    public static String of(List<ScholarlyRecord> records) {
        BibTeXDatabase database = new BibTeXDatabase();
        records.forEach(r -> database.addObject(entry(r)));
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString().replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** The entry's key: the article's id with {@code -} for {@code /}. */
    public static String key(ScholarlyRecord record) {
        return record.id().replace('/', '-');
    }

    private static BibTeXEntry entry(ScholarlyRecord r) {
        BibTeXEntry e = new BibTeXEntry(BibTeXEntry.TYPE_ARTICLE, new Key(key(r)));
        put(e, "title", r.title().zhOrEn());
        put(e, "author", String.join(" and ", r.authors().stream().map(a -> name(a.name().zhOrEn())).toList()));
        put(e, "journal", r.journalTitle().zhOrEn());
        put(e, "year", String.valueOf(r.year()));
        if (r.published() != null) {
            put(e, "date", HeadTags.isoDate(r));
            put(e, "month", String.valueOf(r.published().getMonthValue()));
        }
        put(e, "volume", r.volume() == null ? null : String.valueOf(r.volume()));
        put(e, "number", String.valueOf(r.issue()));
        put(e, "pages", r.pageRange() == null ? null : r.pageRange().replace("-", "--"));
        put(e, "doi", r.doi());
        put(e, "issn", r.issn());
        put(e, "publisher", r.publisher().zhOrEn());
        put(e, "url", r.addresses().zhUrl());
        put(e, "language", "chinese");
        put(e, "keywords", r.keywords().zh().isEmpty() ? null : String.join(", ", r.keywords().zh()));
        put(e, "abstract", r.abstractText().zhOrEn());
        return e;
    }

    private static String name(String name) {
        return CslItems.name(name).getLiteral() != null ? "{" + escape(name) + "}" : escape(name);
    }

    private static void put(BibTeXEntry entry, String field, String value) {
        if (value != null && !value.isBlank()) {
            boolean raw = field.equals("author") || field.equals("url") || field.equals("doi");
            entry.addField(new Key(field), new StringValue(raw ? value : escape(value), StringValue.Style.BRACED));
        }
    }

    /** LaTeX's special characters escaped, so that the value is plain text to BibTeX and LaTeX. */
    static String escape(String text) {
        return text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_")
                .replace("\\textbackslash\\{\\}", "\\textbackslash{}");
    }
}
