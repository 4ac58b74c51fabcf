/**
 * Import layer 3, the output: writes the printed issue as content sources (journal.yaml, issue.yaml, one
 * Markdown file per article, issue pages) and the import report, with its coverage figures.
 */
package org.qikan.importer.output;
