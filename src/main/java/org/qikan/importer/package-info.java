/**
 * Import stage: turns an issue's raw text (converted from the printed PDF) into content sources
 * (issue.yaml, one Markdown file per article, issue pages) and a report of everything it could not
 * place. Entry point: {@link org.qikan.importer.Importer}.
 */
package org.qikan.importer;
