package org.qikan.render.page;

import java.util.List;

/** The issues of one year on a journal's archive page, newest first. */
public record ArchiveYear(int year, List<IssueLink> issues) {
}
