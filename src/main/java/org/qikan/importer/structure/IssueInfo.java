package org.qikan.importer.structure;


/**
 * Issue-level facts read from the text: journal names, year, number, volume, cumulative number, ISSN. Made once by
 * {@link IssueInfoReader} through a {@link Builder} that does not leave the structure layer.
 *
 * @param journalZhPrinted the Chinese name as printed where that differs from {@code journalZh} (traditional characters), else null
 */
public record IssueInfo(String journalZh, String journalZhPrinted, String journalEn, String frequencyZh, String issn,
                        Integer year, Integer number, Integer volume, Integer cumulative) {

    /** These facts with the year and number given on the command line, where given. */
    public IssueInfo withYearAndNumber(Integer givenYear, Integer givenNumber) {
        return new IssueInfo(journalZh, journalZhPrinted, journalEn, frequencyZh, issn,
                givenYear != null ? givenYear : year, givenNumber != null ? givenNumber : number, volume, cumulative);
    }

    /** The facts as the reader finds them, one at a time, in the structure layer only. */
    static final class Builder {
        String journalZh;
        String journalZhPrinted;
        String journalEn;
        String frequencyZh;
        String issn;
        Integer year;
        Integer number;
        Integer volume;
        Integer cumulative;

        IssueInfo build() {
            return new IssueInfo(journalZh, journalZhPrinted, journalEn, frequencyZh, issn, year, number, volume, cumulative);
        }
    }
}
