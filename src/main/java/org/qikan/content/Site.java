package org.qikan.content;

/**
 * Settings of the whole edition from {@code content/site.yaml}.
 *
 * @param defaultView the TOC view readers see first: {@code zh}, {@code en} or {@code bilingual}
 * @param baseUrl     absolute URL the site is published at, or {@code null}; only used in metadata
 *                    (canonical links), never for links between pages, which stay relative
 * @param license     the edition's licence, or {@code null}; a journal's own licence wins over it
 * @param contactEmail the archive's contact address (OAI-PMH {@code adminEmail}), or {@code null}
 * @param oaiGateway  the address of the OAI-PMH static repository gateway that serves {@code oai.xml} to
 *                    harvesters (ends with {@code /}), or {@code null}
 * @param rawHtml     {@code raw_html: true}: raw HTML in Markdown passes through unsanitized (only for
 *                    trusted sources; link schemes and the link check still apply)
 */
public record Site(Bilingual title, Bilingual description, String defaultView, String baseUrl, License license,
                   String contactEmail, String oaiGateway, boolean rawHtml) {
}
