package org.qikan.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.qikan.content.MarkdownSource;
import org.qikan.content.PieceMarker;
import org.qikan.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders article and page bodies from Markdown (CommonMark, tables, footnotes) to HTML with
 * flexmark. The parser and renderer are made once and shared by every file of a build; all
 * per-document state (note numbers, heading ids) lives in the parsed document.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final BodyPostProcessor postProcessor = new BodyPostProcessor();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TablesExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .extensions(List.of(TablesExtension.create(), new QikanHtmlExtension()))
                .build();
    }

    /**
     * Renders {@code source}. Problems (a note cited but not defined, a note never cited, an image
     * outside the content folder…) are added to {@code problems} with their file line.
     */
    public RenderedBody render(MarkdownSource source, LocalFiles files, Diagnostics problems) {
        Document document = parser.parse(source.text());
        NoteIndex notes = NoteIndex.build(document, source, problems);
        HeadingIds headings = HeadingIds.build(document);
        document.set(NoteIndex.KEY, notes);
        document.set(HeadingIds.KEY, headings);
        List<BodyPart> parts = renderParts(document, source, files, problems);
        return new RenderedBody(parts, renderNotes(notes, source, files, problems), headings.outline());
    }

    private List<BodyPart> renderParts(Document document, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        List<BodyPart> parts = new ArrayList<>();
        String pieceId = null;
        StringBuilder html = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            Optional<String> marker = node instanceof Paragraph ? PieceMarker.idOf(node.getChars().toString()) : Optional.empty();
            if (marker.isPresent()) {
                addPart(parts, pieceId, html, source, files, problems);
                pieceId = marker.get();
                html.setLength(0);
            } else if (!(node instanceof FootnoteBlock)) {
                html.append(renderer.render(node));
            }
        }
        addPart(parts, pieceId, html, source, files, problems);
        return parts;
    }

    private void addPart(List<BodyPart> parts, String pieceId, StringBuilder html, MarkdownSource source,
                         LocalFiles files, Diagnostics problems) {
        if (pieceId != null || html.length() > 0) {
            parts.add(new BodyPart(pieceId, postProcessor.process(html.toString(), source, files, problems)));
        }
    }

    private List<Note> renderNotes(NoteIndex notes, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        List<Note> out = new ArrayList<>();
        for (FootnoteBlock block : notes.blocksInOrder()) {
            int number = notes.numberOf(block);
            boolean inline = block.getFirstChild() instanceof Paragraph && block.getFirstChild() == block.getLastChild();
            String html = inline ? renderInline((Paragraph) block.getFirstChild()) : renderChildren(block);
            out.add(new Note(number, NoteIndex.noteId(number), notes.refIdsOf(block),
                    postProcessor.process(html, source, files, problems), inline));
        }
        return out;
    }

    private String renderChildren(Node parent) {
        StringBuilder html = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            html.append(renderer.render(child));
        }
        return html.toString().strip();
    }

    private String renderInline(Paragraph paragraph) {
        String html = renderer.render(paragraph).strip();
        return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
    }

    /** Registers qikan's own note rendering and heading ids with flexmark's HTML renderer. */
    private static final class QikanHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(NoteHtml::create);
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                    return HeadingIds.attributeProvider();
                }
            });
        }
    }
}
