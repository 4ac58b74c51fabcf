/**
 * The keys by which a later build knows what it may take back: a {@link org.qikan.fingerprint.Fingerprint} of
 * everything a body, a search segment, an issue's pages or an article's export files were made from. Read by the
 * load stage (an article's text is hashed once, as it is read), the render and index stages and the site build;
 * no stage logic.
 */
package org.qikan.fingerprint;
