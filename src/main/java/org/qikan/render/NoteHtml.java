package org.qikan.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;

/**
 * Renders note citations as {@code <sup class="note-ref"><a id="note-ref-1" href="#note-1"
 * role="doc-noteref">1</a></sup>} and leaves note definitions out of the text: the notes are
 * listed after the body by the template, from {@link RenderedBody#notes()}.
 */
final class NoteHtml implements NodeRenderer {

    static NodeRenderer create(DataHolder options) {
        return new NoteHtml();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::citation),
                new NodeRenderingHandler<>(FootnoteBlock.class, (block, context, html) -> { }));
    }

    private void citation(Footnote citation, NodeRendererContext context, HtmlWriter html) {
        NoteIndex notes = NoteIndex.KEY.get(context.getDocument());
        int number = notes.numberOf(citation);
        if (number == 0) {
            html.text(citation.getChars().toString());
            return;
        }
        html.raw("<sup class=\"note-ref\"><a id=\"" + notes.refIdOf(citation) + "\" href=\"#" + NoteIndex.noteId(number)
                + "\" role=\"doc-noteref\">" + number + "</a></sup>");
    }
}
