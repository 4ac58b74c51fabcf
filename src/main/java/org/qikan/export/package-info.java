/**
 * Files made for machines from the scholarly metadata of {@link org.qikan.meta}: citations formatted by a CSL
 * processor, BibTeX, RIS and CSL-JSON downloads, sitemap and robots.txt, Atom feeds, the BagIt manifest of
 * the output and its verification. See docs/metadata.md.
 */
package org.qikan.export;
