/**
 * What the published site is, as every stage after loading reads it: where each page lives
 * ({@link org.qikan.published.SitePaths}), the anchors pages give their parts
 * ({@link org.qikan.published.Anchors}), how titles and issues are named
 * ({@link org.qikan.published.DisplayText}), and each article as the render stage hands it on
 * ({@link org.qikan.published.PublishedArticle}). No stage logic: values and the rules for them.
 */
package org.qikan.published;
