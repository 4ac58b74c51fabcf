/**
 * The archive's catalog, built from the loaded edition before rendering: the people who wrote in it
 * (one entry per person across journals and issues), its keywords (traditional and full-width forms
 * folded, Chinese and English paired) and its recurring sections, each with the works that carry it.
 */
package org.qikan.catalog;
