package org.qikan.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure the printed issue has and the text edition does not: the source line
 * {@code ::: figure-missing 图 1：caption} (a paragraph of its own) becomes
 * {@code <figure class="figure-missing">} with a note that the figure is not included (both languages, from
 * the labels {@code figureMissing}) and the caption as its {@code <figcaption>}.
 */
final class MissingFigure {
    static final String PREFIX = "::: figure-missing";
    private static final Pattern LINE = Pattern.compile("^:::\\s*figure-missing(?:\\s+|$)");
    static final DataKey<String> NOTE_ZH = new DataKey<>("QIKAN_FIGURE_MISSING_ZH", "本文本版未收录此图");
    static final DataKey<String> NOTE_EN = new DataKey<>("QIKAN_FIGURE_MISSING_EN", "figure not included in this text edition");

    private MissingFigure() {
    }

    /** Whether the paragraph is a missing-figure line at the body's top level. */
    static boolean is(Paragraph paragraph) {
        return paragraph.getParent() instanceof Document && LINE.matcher(paragraph.getChars().toString()).find();
    }

    /** The words of the note from the labels ({@code zh.figureMissing}, {@code en.figureMissing}), where given. */
    static void words(Map<String, Object> labels, com.vladsch.flexmark.util.data.MutableDataSet options) {
        String zh = word(labels, "zh");
        String en = word(labels, "en");
        if (zh != null) {
            options.set(NOTE_ZH, zh);
        }
        if (en != null) {
            options.set(NOTE_EN, en);
        }
    }

    private static String word(Map<String, Object> labels, String language) {
        return labels.get(language) instanceof Map<?, ?> words && words.get("figureMissing") instanceof String s ? s : null;
    }

    static void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        html.raw("<figure class=\"figure-missing\"><p class=\"figure-missing-note\">");
        html.text(NOTE_ZH.get(context.getOptions()));
        html.raw(" <span lang=\"en\">");
        html.text(NOTE_EN.get(context.getOptions()));
        html.raw("</span></p><figcaption>");
        boolean first = true;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Text text) {
                Matcher m = LINE.matcher(text.getChars().toString());
                html.text(m.find() ? text.getChars().toString().substring(m.end()) : text.getChars().toString());
            } else {
                context.render(child);
            }
            first = false;
        }
        html.raw("</figcaption></figure>\n");
    }
}
