package org.qikan.meta;

import org.qikan.content.Edition;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;

/** Warnings about sources that would put wrong metadata in front of indexers and reference managers. */
public final class MetadataChecks {
    private MetadataChecks() {
    }

    public static void check(Edition edition, Diagnostics problems) {
        if (edition.site().baseUrl() == null) {
            problems.warning(edition.contentDir().resolve("site.yaml"), 0,
                    "no base_url: no sitemap.xml or robots.txt, no absolute canonical, hreflang or citation URLs",
                    "add base_url: https://… (the address the site is published at) to site.yaml");
        }
        if (edition.site().baseUrl() != null && edition.site().contactEmail() == null) {
            problems.warning(edition.contentDir().resolve("site.yaml"), 0, "no contact_email: no OAI-PMH static repository (oai.xml)",
                    "add contact_email: the address of whoever answers for the archive (OAI-PMH adminEmail)");
        }
        for (Journal journal : edition.journals()) {
            if (journal.slug().equals(journal.name().zhOrEn()) || journal.slug().equals(journal.name().en())) {
                problems.warning(edition.contentDir().resolve(journal.slug()).resolve("journal.yaml"), 0,
                        "the journal's name is its folder name '" + journal.slug() + "': citations, feeds and indexers will show it as the title",
                        "give the printed name, such as name: {zh: 国际展望, en: Global Review}");
            }
        }
    }
}
