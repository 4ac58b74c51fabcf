package org.qikan.meta;

/**
 * Where an article and its exports are, as site-relative paths, and as absolute URLs where the site
 * has a {@code base_url} (the URL methods return {@code null} without one).
 *
 * @param zhPath  the full-text page (Chinese with bilingual front matter)
 * @param enPath  the English landing page
 * @param baseUrl the site's base URL ending in {@code /}, or {@code null}
 */
public record ArticleAddresses(String zhPath, String enPath, String baseUrl) {

    public String zhUrl() {
        return absolute(zhPath);
    }

    public String enUrl() {
        return absolute(enPath);
    }

    /** The BibTeX file of the article, beside its page. */
    public String bibPath() {
        return beside(".bib");
    }

    public String risPath() {
        return beside(".ris");
    }

    /** The article itself as CSL-JSON ({@code <slug>.csl.json} beside it holds the works it cites). */
    public String cslJsonPath() {
        return beside(".cite.json");
    }

    /** The JATS XML of the article. */
    public String jatsPath() {
        return beside(".xml");
    }

    public String absolute(String path) {
        return baseUrl == null || path == null ? null : baseUrl + path;
    }

    private String beside(String extension) {
        return zhPath.substring(0, zhPath.length() - ".html".length()) + extension;
    }
}
