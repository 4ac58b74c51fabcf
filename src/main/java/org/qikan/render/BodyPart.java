package org.qikan.render;

/**
 * A stretch of an article body as HTML: the whole body of an ordinary article; for a symposium the
 * introduction ({@code pieceId} null) and then one part per piece.
 */
public record BodyPart(String pieceId, String html) {
}
