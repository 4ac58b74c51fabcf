package org.qikan.refs;

import org.qikan.catalog.Work;

/** A note of {@code citing} that cites {@code cited}, an article of this archive. */
public record ArchiveCitation(Work citing, int note, Work cited, Reference reference) {
}
