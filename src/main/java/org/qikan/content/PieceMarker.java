package org.qikan.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line {@code ::: piece <id>} that starts a symposium piece's text in an article body. */
public final class PieceMarker {
    private static final Pattern MARKER = Pattern.compile("^:::\\s*piece\\s+(\\S+)\\s*$");

    private PieceMarker() {
    }

    /** The piece id if {@code line} is a marker line. */
    public static Optional<String> idOf(String line) {
        Matcher m = MARKER.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static String lineFor(String id) {
        return "::: piece " + id;
    }
}
