package org.qikan.index;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English stemming exactly as lunr.js 2.3.9's {@code lunr.stemmer} does it (Porter's algorithm in
 * the regular-expression form lunr uses, quirks included), so that a word the browser stems with
 * lunr itself meets the term this side indexed. Words are expected lowercase.
 */
public final class PorterStemmer {
    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    private static final Pattern MEASURE_ABOVE_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    private static final Pattern MEASURE_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    private static final Pattern MEASURE_ABOVE_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("^(.+?)(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("^(.+?)([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("^(.+?)eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("^(.+?)(ed|ing)$");
    private static final Pattern LAST_CHAR = Pattern.compile(".$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");
    private static final Pattern STEP1C = Pattern.compile("^(.+?[^aeiou])y$");
    private static final Pattern STEP2_SUFFIX = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli"
            + "|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3_SUFFIX = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4_SUFFIX = Pattern.compile(
            "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_ION = Pattern.compile("^(.+?)(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("^(.+?)e$");
    private static final Pattern DOUBLE_L = Pattern.compile("ll$");

    private PorterStemmer() {
    }

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2_SUFFIX, STEP2);
        w = replaceSuffix(w, STEP3_SUFFIX, STEP3);
        w = step4(w);
        w = step5(w);
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1a(String w) {
        if (STEP1A_SSES_IES.matcher(w).find()) {
            return STEP1A_SSES_IES.matcher(w).replaceFirst("$1$2");
        }
        if (STEP1A_S.matcher(w).find()) {
            return STEP1A_S.matcher(w).replaceFirst("$1$2");
        }
        return w;
    }

    private static String step1b(String w) {
        Matcher eed = STEP1B_EED.matcher(w);
        if (eed.find()) {
            return MEASURE_ABOVE_0.matcher(eed.group(1)).find() ? dropLastChar(w) : w;
        }
        Matcher edIng = STEP1B_ED_ING.matcher(w);
        if (!edIng.find()) {
            return w;
        }
        String stem = edIng.group(1);
        if (!VOWEL_IN_STEM.matcher(stem).find()) {
            return w;
        }
        if (STEP1B_AT_BL_IZ.matcher(stem).find()) {
            return stem + "e";
        }
        if (STEP1B_DOUBLE.matcher(stem).find()) {
            return dropLastChar(stem);
        }
        if (CVC.matcher(stem).find()) {
            return stem + "e";
        }
        return stem;
    }

    private static String step1c(String w) {
        Matcher m = STEP1C.matcher(w);
        return m.find() ? m.group(1) + "i" : w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find() && MEASURE_ABOVE_0.matcher(m.group(1)).find()) {
            return m.group(1) + replacements.get(m.group(2));
        }
        return w;
    }

    private static String step4(String w) {
        Matcher suffix = STEP4_SUFFIX.matcher(w);
        if (suffix.find()) {
            return MEASURE_ABOVE_1.matcher(suffix.group(1)).find() ? suffix.group(1) : w;
        }
        Matcher ion = STEP4_ION.matcher(w);
        if (ion.find()) {
            String stem = ion.group(1) + ion.group(2);
            return MEASURE_ABOVE_1.matcher(stem).find() ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        Matcher e = STEP5_E.matcher(w);
        if (e.find()) {
            String stem = e.group(1);
            if (MEASURE_ABOVE_1.matcher(stem).find()
                    || (MEASURE_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (DOUBLE_L.matcher(w).find() && MEASURE_ABOVE_1.matcher(w).find()) {
            w = dropLastChar(w);
        }
        return w;
    }

    private static String dropLastChar(String w) {
        return LAST_CHAR.matcher(w).replaceFirst("");
    }
}
