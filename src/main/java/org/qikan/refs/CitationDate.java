package org.qikan.refs;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a citation gives, as printed in Chinese ({@code 2022 年 12 月 31 日}, {@code 2019年6月}, {@code 2020 年版})
 * or English ({@code December 8, 2022}, {@code 8 December 2022}, {@code June 2019}, {@code January, 2024}), or a
 * bare year; written as an ISO 8601 date as precise as the citation is: {@code 2022-12-31}, {@code 2019-06}, {@code 2020}.
 */
final class CitationDate {
    private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern CHINESE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})\\s*,?\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s*,?\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.])");

    private CitationDate() {
    }

    /** The first date in {@code text}, or {@code null}. */
    static String find(String text) {
        Matcher m;
        if ((m = CHINESE.matcher(text)).find()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        if ((m = ISO.matcher(text)).find()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        if ((m = MONTH_DAY_YEAR.matcher(text)).find()) {
            return iso(m.group(3), month(m.group(1)), m.group(2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).find()) {
            return iso(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = MONTH_YEAR.matcher(text)).find()) {
            return iso(m.group(2), month(m.group(1)), null);
        }
        return (m = YEAR.matcher(text)).find() ? m.group(1) : null;
    }

    /** The parts of an ISO date as CSL's {@code date-parts}: year, then month and day where given. */
    static int[] parts(String iso) {
        String[] fields = iso.split("-");
        int[] out = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = Integer.parseInt(fields[i]);
        }
        return out;
    }

    private static String month(String name) {
        return String.valueOf(MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String iso(String year, String month, String day) {
        int m = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        if (m < 1 || m > 12) {
            return year;
        }
        if (d < 1 || d > 31) {
            return String.format(Locale.ROOT, "%s-%02d", year, m);
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, m, d);
    }
}
