package org.qikan.importer.structure;


import java.util.List;

/** One line of the table of contents: section, title, authors and start page as printed. */
public record TocEntry(int section, String title, String subtitle, List<String> authors, Integer page, int line) {
}
