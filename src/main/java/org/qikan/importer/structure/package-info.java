/**
 * Import layer 2, the structure: pairs note markers with their notes, reads the table of contents
 * and the masthead, splits the blocks into articles, issue pages and the English abstracts, and reads each
 * article's title, byline and labelled front into an {@link org.qikan.importer.structure.ImportedArticle};
 * {@link org.qikan.importer.structure.PrintedIssue} holds the result. Every parser returns what it read as a
 * value, with the blocks it consumed beside it ({@code ArticleParser.Parsed}, {@code EnglishAbstracts.Read},
 * {@code NotePairer.Pairing}); {@code PrintedIssue.assemble} builds each article once from what the article's
 * range, the contents and the English abstracts print and freezes it, and collects what was consumed.
 */
package org.qikan.importer.structure;
