package org.qikan.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The allowlist of link schemes a content file may use: {@code http}, {@code https}, {@code mailto},
 * relative paths and {@code #fragments}. The value is judged as a browser reads it: entities already
 * decoded (by the HTML parser), case ignored, and control characters and spaces removed, so that
 * {@code JaVaScRiPt:}, {@code java&#10;script:} or {@code &#106;avascript:} are all seen as {@code javascript:}.
 */
final class LinkSchemes {
    static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private LinkSchemes() {
    }

    /** The scheme of {@code reference} if it has one that is not allowed, such as {@code javascript}. */
    static Optional<String> forbiddenScheme(String reference) {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c <= 0x20 || Character.isISOControl(c) || c == '\u00A0' || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c == ':') {
                String scheme = seen.toString().toLowerCase(Locale.ROOT);
                return ALLOWED.contains(scheme) ? Optional.empty() : Optional.of(scheme);
            }
            if (c == '/' || c == '?' || c == '#') {
                return Optional.empty();
            }
            seen.append(c);
        }
        return Optional.empty();
    }
}
