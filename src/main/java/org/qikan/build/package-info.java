/** Connects the stages of a build (load, render, write, check) and swaps the new site in: {@link org.qikan.build.SiteBuild}. */
package org.qikan.build;
