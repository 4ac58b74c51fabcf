package org.qikan.catalog;

import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;

/** The people, keywords and sections of an edition, read once before rendering. */
public record Catalog(People people, Keywords keywords, Sections sections) {

    /** Builds the catalog; likely duplicate authors are reported as warnings with their file line. */
    public static Catalog of(Edition edition, Diagnostics problems) {
        return new Catalog(People.of(edition, problems), Keywords.of(edition), Sections.of(edition));
    }
}
