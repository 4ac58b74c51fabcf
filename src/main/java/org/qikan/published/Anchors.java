package org.qikan.published;

/** The fragment names article pages give their parts, for links into a page (search results, outlines). */
public final class Anchors {
    private static final String PIECE = "piece-";

    private Anchors() {
    }

    /** The id of a symposium piece's section: {@code piece-<piece id>}. */
    public static String piece(String pieceId) {
        return PIECE + pieceId;
    }
}
