/**
 * Load stage: reads the content folder (site.yaml, journal.yaml, issue.yaml, Markdown articles with
 * YAML front matter) into the {@link org.qikan.content.Edition} model, reporting every problem with
 * its file and line. Entry point: {@link org.qikan.content.ContentLoader}.
 */
package org.qikan.content;
