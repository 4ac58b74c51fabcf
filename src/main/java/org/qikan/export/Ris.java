package org.qikan.export;

import org.qikan.meta.ScholarlyRecord;

import java.util.List;
import java.util.Locale;

/** RIS records ({@code TY  - JOUR} … {@code ER  - }), the format EndNote, Zotero and CNKI-style tools import. */
public final class Ris {
    private static final String EOL = "\r\n";

    private Ris() {
    }

    public static String of(List<ScholarlyRecord> records) {
        StringBuilder out = new StringBuilder();
        records.forEach(r -> record(r, out));
        return out.toString();
    }

    private static void record(ScholarlyRecord r, StringBuilder out) {
        tag(out, "TY", "JOUR");
        tag(out, "ID", BibTeX.key(r));
        tag(out, "TI", r.title().zhOrEn());
        if (r.title().hasChinese() && r.title().hasEnglish()) {
            tag(out, "TT", r.title().en());
        }
        r.authors().forEach(a -> tag(out, "AU", a.name().zhOrEn()));
        tag(out, "T2", r.journalTitle().zhOrEn());
        tag(out, "JO", r.journalTitle().zhOrEn());
        tag(out, "PY", String.valueOf(r.year()));
        if (r.published() != null) {
            tag(out, "DA", String.format(Locale.ROOT, "%04d/%02d/%02d/", r.published().getYear(),
                    r.published().getMonthValue(), r.published().getDayOfMonth()));
        }
        tag(out, "VL", r.volume() == null ? null : String.valueOf(r.volume()));
        tag(out, "IS", String.valueOf(r.issue()));
        tag(out, "SP", r.firstPage() == null ? null : String.valueOf(r.firstPage()));
        tag(out, "EP", r.lastPage() == null ? null : String.valueOf(r.lastPage()));
        tag(out, "DO", r.doi());
        tag(out, "SN", r.issn());
        tag(out, "PB", r.publisher().zhOrEn());
        tag(out, "UR", r.addresses().zhUrl());
        tag(out, "LA", "zh");
        r.keywords().zh().forEach(k -> tag(out, "KW", k));
        tag(out, "AB", r.abstractText().zhOrEn());
        out.append("ER  - ").append(EOL);
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("\\s*\\R\\s*", " ").strip()).append(EOL);
        }
    }
}
