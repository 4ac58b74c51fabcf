package org.qikan.export;

/** The citation styles of the "cite this article" block: official CSL styles from {@code org.citationstyles:styles}. */
public enum CitationStyle {
    GB_T_7714("china-national-standard-gb-t-7714-2015-numeric", "GB/T 7714-2015", "zh-CN", true),
    APA("apa", "APA", "en-US", false),
    CHICAGO("chicago-author-date", "Chicago", "en-US", false);

    private final String csl;
    private final String label;
    private final String locale;
    private final boolean chinese;

    CitationStyle(String csl, String label, String locale, boolean chinese) {
        this.csl = csl;
        this.label = label;
        this.locale = locale;
        this.chinese = chinese;
    }

    /** The style's file name in the CSL styles repository, without {@code .csl}. */
    public String csl() {
        return csl;
    }

    public String label() {
        return label;
    }

    public String locale() {
        return locale;
    }

    /** Whether the style cites the Chinese item (else the English one). */
    public boolean citesChinese() {
        return chinese;
    }
}
