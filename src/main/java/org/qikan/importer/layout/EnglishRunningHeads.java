package org.qikan.importer.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * English running heads: the journal's English name printed at the top of pages, alone in upper case
 * ({@code CHINA INTERNATIONAL STUDIES}) or with the year and number ({@code Journal of X Studies 2031, No. 2}).
 * A line counts as one when it is printed three times or more, so that an English title printed twice (in the
 * contents and over its abstract) is never taken for one.
 */
public final class EnglishRunningHeads {
    private static final Pattern UPPER_NAME = Pattern.compile("^[A-Z][A-Z'’&,\\-]*(?:\\s+[A-Z&][A-Z'’&,\\-]*){1,11}$");
    private static final Pattern NAME_AND_ISSUE = Pattern.compile(
            "^[A-Z][A-Za-z'’&,\\-]*(?:\\s+[A-Za-z&][A-Za-z'’&,\\-]*){1,11}\\s*[,，]?\\s*\\d{4}\\s*(?:年\\s*第\\s*\\d{1,2}\\s*期|[,，]?\\s*(?:No\\.|Issue)\\s*\\d{1,2})$");
    private static final int MIN_REPEATS = 3;

    private EnglishRunningHeads() {
    }

    /** The stripped lines of {@code source} that are English running heads. */
    public static Set<String> in(SourceLines source) {
        Map<String, Integer> count = new HashMap<>();
        for (String line : source.lines()) {
            String t = line.strip();
            if (UPPER_NAME.matcher(t).matches() || NAME_AND_ISSUE.matcher(t).matches()) {
                count.merge(t, 1, Integer::sum);
            }
        }
        return count.entrySet().stream().filter(e -> e.getValue() >= MIN_REPEATS).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
