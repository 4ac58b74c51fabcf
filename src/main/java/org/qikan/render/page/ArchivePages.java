package org.qikan.render.page;

import org.qikan.content.Journal;

import java.util.List;

/**
 * Where the pages for web archives are: the LOCKSS permission page ({@code lockss.html}) and one manifest
 * page per journal and year ({@code <journal>/lockss-<year>.html}, apart from issue folders, which are
 * named {@code <year>-<number>}), and the {@code 404.html} a web server shows for a missing page.
 */
public final class ArchivePages {
    public static final String PERMISSION = "lockss.html";
    public static final String NOT_FOUND = "404.html";
    /** The statement the LOCKSS and CLOCKSS crawlers look for, word for word. */
    public static final String LOCKSS_STATEMENT = "LOCKSS system has permission to collect, preserve, and serve this Archival Unit.";

    private ArchivePages() {
    }

    public static String manifest(Journal journal, int year) {
        return journal.slug() + "/lockss-" + year + ".html";
    }

    /** The years a journal has issues in, newest first. */
    public static List<Integer> years(Journal journal) {
        return journal.issues().stream().map(org.qikan.content.Issue::year).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** A manifest page as the permission page links it. */
    public record ManifestLink(int year, String path) {
    }

    /** A journal on the permission page: its manifest pages. */
    public record JournalManifests(org.qikan.content.Bilingual name, List<ManifestLink> manifests) {
    }
}
