package org.qikan.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * lunr.js's English stop words ({@code lunr.stopWordFilter}), read from the very lunr.js the site
 * ships, so the two sides cannot drift apart: the browser filters with lunr's own function.
 */
public final class StopWords {
    static final String LUNR_JS = "META-INF/resources/webjars/lunr/2.3.9/lunr.js";
    private static final Pattern LIST =
            Pattern.compile("lunr\\.stopWordFilter = lunr\\.generateStopWordFilter\\(\\[(.*?)\\]\\)", Pattern.DOTALL);

    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    public static boolean contains(String lowercaseWord) {
        return WORDS.contains(lowercaseWord);
    }

    static Set<String> all() {
        return WORDS;
    }

    private static Set<String> load() {
        try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(LUNR_JS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + LUNR_JS + " (the lunr webjar) on the class path");
            }
            Matcher list = LIST.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!list.find()) {
                throw new IllegalStateException("no stop word list in " + LUNR_JS);
            }
            return Arrays.stream(list.group(1).split(","))
                    .map(w -> w.strip().replace("'", ""))
                    .filter(w -> !w.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
