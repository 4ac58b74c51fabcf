package org.qikan.meta;

import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;
import org.qikan.content.License;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything indexers, reference managers and archives are told about one article: the one model from
 * which every head tag, JSON-LD graph, citation, BibTeX/RIS/CSL-JSON record and feed entry is made.
 *
 * @param id         stable, site-unique id: {@code <journal>/<issue>/<slug>}
 * @param title      the title with its subtitle ("题名：副题名", "Title: Subtitle")
 * @param authors    every author (for a symposium, the authors of its pieces too), in order
 * @param published  the issue's publication date, or {@code null} where only the year is known
 * @param journalTitleAlternate the journal's Chinese name as printed in another script (traditional
 *                   characters), or {@code null}
 * @param license    the journal's licence, else the site's, else {@code null}
 * @param references one plain-text reference per note that cites a work (see {@link ReferenceSource})
 */
public record ScholarlyRecord(
        String id,
        Bilingual title,
        List<Contributor> authors,
        Bilingual abstractText,
        BilingualList keywords,
        Bilingual section,
        Bilingual journalTitle,
        String journalTitleAlternate,
        String issn,
        Bilingual publisher,
        int year,
        Integer volume,
        int issue,
        LocalDate published,
        Integer firstPage,
        Integer lastPage,
        String doi,
        License license,
        ArticleAddresses addresses,
        List<CitedWork> references) {

    public ScholarlyRecord {
        authors = List.copyOf(authors);
        references = List.copyOf(references);
    }

    /** "1-18", "7", or {@code null}: the page range as citations give it. */
    public String pageRange() {
        if (firstPage == null) {
            return null;
        }
        return lastPage == null || lastPage.equals(firstPage) ? String.valueOf(firstPage) : firstPage + "-" + lastPage;
    }

    /** {@code https://doi.org/<doi>}, or {@code null}. */
    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }
}
