package org.qikan.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.qikan.content.PieceMarker;

import java.util.Optional;
import java.util.Set;

/**
 * qikan's own rendering of notes and piece markers inside flexmark's single pass over a document
 * (flexmark resolves links only when it renders the whole document, so nothing is rendered apart):
 * <ul>
 * <li>a citation becomes {@code <sup class="note-ref"><a id="note-ref-1" href="#note-1" role="doc-noteref">1</a></sup>};</li>
 * <li>a note's content is written between {@link RenderedSegments} markers, lifted out of the text
 *     afterwards and listed after the body by the template;</li>
 * <li>a {@code ::: piece <id>} line becomes a marker where the body is cut into parts;</li>
 * <li>a {@code ::: figure-missing caption} line becomes a figure placeholder ({@link MissingFigure}).</li>
 * </ul>
 */
final class NoteHtml implements NodeRenderer {
    static final String WORD_JOINER = "&#8288;";

    static NodeRenderer create(DataHolder options) {
        return new NoteHtml();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::citation),
                new NodeRenderingHandler<>(FootnoteBlock.class, this::note),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
    }

    private void citation(Footnote citation, NodeRendererContext context, HtmlWriter html) {
        NoteIndex notes = NoteIndex.KEY.get(context.getDocument());
        int number = notes.numberOf(citation);
        if (number == 0) {
            html.text(citation.getChars().toString());
            return;
        }
        // The word joiner keeps the number on the line of the character it follows (no break after 。).
        html.raw("<sup class=\"note-ref\">" + WORD_JOINER + "<a id=\"" + notes.refIdOf(citation) + "\" href=\"#" + NoteIndex.noteId(number)
                + "\" role=\"doc-noteref\">" + number + "</a></sup>");
    }

    private void note(FootnoteBlock block, NodeRendererContext context, HtmlWriter html) {
        NoteIndex notes = NoteIndex.KEY.get(context.getDocument());
        if (!notes.isListed(block)) {
            return;
        }
        html.raw(RenderedSegments.noteStart(notes.numberOf(block)));
        if (isSingleParagraph(block)) {
            context.renderChildren(block.getFirstChild());
        } else {
            context.renderChildren(block);
        }
        html.raw(RenderedSegments.NOTE_END);
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Optional<String> piece = paragraph.getParent() instanceof com.vladsch.flexmark.util.ast.Document
                ? PieceMarker.idOf(paragraph.getChars().toString()) : Optional.empty();
        if (piece.isPresent()) {
            html.raw(RenderedSegments.piece(piece.get()));
        } else if (MissingFigure.is(paragraph)) {
            MissingFigure.render(paragraph, context, html);
        } else {
            context.delegateRender();
        }
    }

    static boolean isSingleParagraph(FootnoteBlock block) {
        return block.getFirstChild() instanceof Paragraph && block.getFirstChild() == block.getLastChild();
    }
}
