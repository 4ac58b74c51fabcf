/**
 * Import layer 1, the layout: reads the converter's text ({@link org.qikan.importer.layout.SourceLines})
 * into {@link org.qikan.importer.layout.Block}s of a kind (paragraph, byline, heading, note, rule), page by page —
 * immutable values, the joining steps returning new lists;
 * removes page furniture, joins lines and paragraphs cut by line and page ends, and knows the spellings of
 * labels ({@link org.qikan.importer.layout.LabelWords}) and note markers
 * ({@link org.qikan.importer.layout.NoteLabels}) converters produce.
 */
package org.qikan.importer.layout;
