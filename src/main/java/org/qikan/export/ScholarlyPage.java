package org.qikan.export;

import org.qikan.meta.MetaTag;

import java.util.List;

/**
 * The scholarly variables of an article page ({@code scholarly} in the templates): head tags, JSON-LD,
 * the formatted citations and the downloads, all made from the article's one {@link org.qikan.meta.ScholarlyRecord}.
 *
 * @param jsonLd         JSON with {@code <} escaped, safe inside a {@code <script>} element
 * @param provenance     journal, year, volume, issue and pages ("观澜国际评论, 2025, 第12卷, 第1期, 第1-18页 (ISSN …)")
 * @param doiUrl         {@code https://doi.org/…}, or {@code null}; {@code url} the page's address with a base_url, or {@code null}
 * @param bibPath        site-relative paths of the article's downloads, and of its issue's
 */
public record ScholarlyPage(List<MetaTag> tags, String jsonLd, List<Citation> citations,
                            String provenance, String provenanceLang, String doiUrl, String url,
                            String bibPath, String risPath, String cslJsonPath, String jatsPath,
                            String issueBibPath, String issueRisPath) {

    /**
     * One formatted citation: its id on the page ({@code cite-gb-t-7714}), the style's label, the text and
     * the text's language ({@code zh-Hans} or {@code en}).
     */
    public record Citation(String id, String label, String text, String lang) {
    }
}
