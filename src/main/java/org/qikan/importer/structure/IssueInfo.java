package org.qikan.importer.structure;


/** Issue-level facts read from the text: journal names, year, number, volume, cumulative number, ISSN. */
public final class IssueInfo {
    public String journalZh;
    /** The Chinese name as printed where that differs from {@link #journalZh} (traditional characters), else null. */
    public String journalZhPrinted;
    public String journalEn;
    public String frequencyZh;
    public String issn;
    public Integer year;
    public Integer number;
    public Integer volume;
    public Integer cumulative;
}
