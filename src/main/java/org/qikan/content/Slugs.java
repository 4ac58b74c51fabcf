package org.qikan.content;

import java.util.regex.Pattern;

/** The one rule for names that become parts of output paths: journal folders, issue folders, article and page slugs. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
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
}
