/**
 * Import layer 3, the output: writes the printed issue as content sources (journal.yaml, issue.yaml, one
 * Markdown file per article, issue pages) and the import report, with its coverage figures: a block counts as
 * placed when the structure layer consumed it, when it is in an article's body or a page, or when it is a note
 * the writer wrote.
 */
package org.qikan.importer.output;
