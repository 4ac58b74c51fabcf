package org.qikan.content;

import java.util.regex.Pattern;

/** The one rule for names that become parts of output paths: journal folders, issue folders, article and page slugs. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");
    /** Names of the output's own top-level folders: a journal folder by one of these names would overwrite them. */
    public static final java.util.Set<String> RESERVED_JOURNALS = java.util.Set.of("en", "assets", "search", "people", "keywords");
    /** Article and page slugs that would overwrite the issue's own table of contents. */
    public static final java.util.Set<String> RESERVED_PAGES = java.util.Set.of("index");
    private static final Pattern ISSUE = Pattern.compile("(\\d{4})-(\\d{2})");

    private Slugs() {
    }

    /** Lowercase ASCII letters, digits and hyphens, not starting with a hyphen: never '..', '/', or an absolute path. */
    public static boolean isValid(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    public static boolean isIssueFolder(String name) {
        return ISSUE.matcher(name).matches();
    }

    public static String issueFolder(int year, int number) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", year, number);
    }

    public static final String RULE = "use lowercase ASCII letters, digits and hyphens only, such as 'china-eu-trade'";

    /**
     * A name safe to write for an invalid {@code slug}, used only so that a build with errors can still
     * render (and report) everything else; such a build never replaces the output.
     */
    public static String fallback(String slug) {
        String safe = slug == null ? "" : slug.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+", "");
        safe = safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
        return safe.isEmpty() ? "invalid-slug" : safe;
    }

    /** What to do about the invalid {@code slug}: the rule, or its length limit when it is only too long. */
    public static String ruleFor(String slug) {
        return slug != null && slug.length() > MAX_LENGTH && SLUG.matcher(slug.substring(0, MAX_LENGTH)).matches()
                ? "shorten it to at most " + MAX_LENGTH + " characters (it has " + slug.length() + "): it becomes part of file names"
                : RULE;
    }
}
