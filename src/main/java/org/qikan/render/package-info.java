/** Render stage: Markdown bodies to HTML with flexmark (qikan's own note rendering), pages through Pebble templates, small Jsoup post-processing. Entry point: {@link org.qikan.render.SiteRenderer}. */
package org.qikan.render;
