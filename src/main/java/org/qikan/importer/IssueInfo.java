package org.qikan.importer;

/** Issue-level facts read from the text: journal names, year, number, volume, cumulative number, ISSN. */
final class IssueInfo {
    String journalZh;
    String journalEn;
    String frequencyZh;
    String issn;
    Integer year;
    Integer number;
    Integer volume;
    Integer cumulative;
}
