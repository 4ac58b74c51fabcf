/**
 * The scholarly metadata of an article, in one model ({@link org.qikan.meta.ScholarlyRecord}), and the
 * head metadata made from it for indexers: Highwire Press {@code citation_*}, Dublin Core, OpenGraph and
 * schema.org JSON-LD. See docs/metadata.md.
 */
package org.qikan.meta;
