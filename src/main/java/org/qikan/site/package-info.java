/**
 * Connects the stages of a build (load, render, index, write, check) and swaps the new site in:
 * {@link org.qikan.site.SiteBuild}. Holds no stage logic of its own.
 */
package org.qikan.site;
