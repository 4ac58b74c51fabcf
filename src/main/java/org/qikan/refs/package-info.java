/**
 * Notes read as references: each note's citations parsed into {@link org.qikan.refs.Reference}s
 * (Chinese and English forms), short and repeated citations (同上, 前引, Ibid., op. cit., a later
 * short form) resolved to the note with the full citation, and citations of articles of this archive
 * matched to those articles. Runs after the bodies are rendered and before the pages are written.
 */
package org.qikan.refs;
