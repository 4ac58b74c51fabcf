package org.qikan.render;

/**
 * Templates' autoescaping ({@code html}, Pebble's default strategy): the five characters that are markup in
 * HTML and XML written as references ({@code &amp; &lt; &gt; &quot; &#39;}), everything else as it is — what
 * Pebble's own strategy (unbescape's {@code escapeHtml4Xml}) writes, byte for byte ({@code MarkupEscapingTest}
 * compares them), without building unbescape's tables of 2,000 HTML entities on the first page of a build.
 */
final class MarkupEscaping {
    private MarkupEscaping() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && reference(text.charAt(first)) == null) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = reference(c);
            if (reference == null) {
                out.append(c);
            } else {
                out.append(reference);
            }
        }
        return out.toString();
    }

    private static String reference(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
