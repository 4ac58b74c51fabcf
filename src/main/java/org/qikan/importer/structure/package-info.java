/**
 * Import layer 2, the structure: pairs note markers with their notes, reads the table of contents
 * and the masthead, splits the blocks into articles, issue pages and the English abstracts, and reads each
 * article's title, byline and labelled front into an {@link org.qikan.importer.structure.ImportedArticle};
 * {@link org.qikan.importer.structure.PrintedIssue} holds the result.
 */
package org.qikan.importer.structure;
