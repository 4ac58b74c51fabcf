package org.qikan.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders article and page bodies from Markdown (CommonMark, tables, footnotes) to HTML with
 * flexmark. The parser and renderer are made once and shared by every file of a build; all
 * per-document state (note numbers, heading ids) lives in the parsed document.
 */
public final class MarkdownRenderer implements BodyRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final BodyPostProcessor postProcessor = new BodyPostProcessor();
    private final HtmlSanitizer sanitizer;
    private final boolean rawHtml;

    /** A renderer that sanitizes raw HTML (see {@link HtmlSanitizer}). */
    public MarkdownRenderer() {
        this(false);
    }

    /** @param rawHtml pass raw HTML through unchanged ({@code raw_html: true} in site.yaml) */
    public MarkdownRenderer(boolean rawHtml) {
        this(rawHtml, java.util.Map.of());
    }

    /**
     * @param rawHtml pass raw HTML through unchanged
     * @param labels  the interface words ({@link Labels}); the body uses {@code figureMissing}, built-in words where absent
     */
    public MarkdownRenderer(boolean rawHtml, java.util.Map<String, Object> labels) {
        this.rawHtml = rawHtml;
        this.sanitizer = new HtmlSanitizer(rawHtml);
        MutableDataSet parserOptions = new MutableDataSet();
        parserOptions.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TablesExtension.create()));
        this.parser = Parser.builder(parserOptions).build();
        // The renderer gets its own options: flexmark's footnote renderer must not be registered,
        // qikan renders notes itself (NoteHtml).
        MutableDataSet rendererOptions = new MutableDataSet();
        rendererOptions.set(TablesExtension.CLASS_NAME, "table");
        rendererOptions.set(HtmlRenderer.SOFT_BREAK, "\n");
        MissingFigure.words(labels, rendererOptions);
        this.renderer = HtmlRenderer.builder(rendererOptions)
                .extensions(List.of(TablesExtension.create(), new QikanHtmlExtension()))
                .build();
    }

    /** The same renderer with the interface words of {@code labels} (the figure placeholder's note). */
    public MarkdownRenderer withLabels(java.util.Map<String, Object> labels) {
        return new MarkdownRenderer(rawHtml, labels);
    }

    /**
     * Renders {@code source}. Problems (a note cited but not defined, a note never cited, an image
     * outside the content folder…) are added to {@code problems} with their file line.
     */
    @Override
    public RenderedBody render(MarkdownSource source, LocalFiles files, Diagnostics problems) {
        RenderedBody nothing = new RenderedBody(List.of(), List.of(), List.of());
        if (!MarkdownLimits.check(source, problems)) {
            return nothing;
        }
        Diagnostics found = new Diagnostics();
        java.util.Optional<RenderedBody> body = DeepStack.run("render " + source.file().getFileName(),
                () -> renderWithinLimits(source, files, found));
        problems.addAll(found);
        if (body.isEmpty()) {
            problems.error(source.file(), source.firstLine(), "the Markdown is nested too deeply to render",
                    "look for very long runs of *, _, >, [ or list markers and break them up");
        }
        return body.orElse(nothing);
    }

    private RenderedBody renderWithinLimits(MarkdownSource source, LocalFiles files, Diagnostics problems) {
        Document document = parser.parse(source.text());
        boolean rawHtml = hasRawHtml(document);
        LineNumbers lines = LineNumbers.of(source.text());
        NoteIndex notes = NoteIndex.build(document, source, lines, problems);
        HeadingIds headings = HeadingIds.build(document);
        document.set(NoteIndex.KEY, notes);
        document.set(HeadingIds.KEY, headings);
        RenderedSegments segments = new RenderedSegments(renderer.render(document));
        List<BodyPart> parts = new ArrayList<>();
        for (BodyPart part : segments.parts()) {
            parts.add(new BodyPart(part.pieceId(), finish(part.html(), rawHtml, source, files, problems)));
        }
        List<Note> rendered = new ArrayList<>();
        for (FootnoteBlock block : notes.blocksInOrder()) {
            int number = notes.numberOf(block);
            rendered.add(new Note(number, NoteIndex.noteId(number), notes.refIdsOf(block),
                    finish(segments.noteHtml(number), rawHtml, source, files, problems),
                    NoteHtml.isSingleParagraph(block), source.fileLine(lines.startLineOf(block))));
        }
        return new RenderedBody(parts, rendered, headings.outline());
    }

    /**
     * A part's or note's HTML made safe ({@link HtmlSanitizer}) and finished ({@link BodyPostProcessor}). Where
     * the Markdown has no raw HTML and the part links something, both work on one Jsoup parse: the same
     * tree the sanitizer would hand on, without writing it out and parsing it again.
     */
    private String finish(String html, boolean rawHtml, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        if (rawHtml || !(html.contains("href=") || html.contains("src="))) {
            return postProcessor.process(sanitizer.clean(html, rawHtml, source, problems), source, files, problems);
        }
        org.jsoup.nodes.Document fragment = org.jsoup.Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        String safe = HtmlSanitizer.removeForbiddenSchemes(fragment, source, problems) ? fragment.body().html() : html;
        return BodyPostProcessor.touches(safe) ? postProcessor.process(fragment, source, files, problems) : safe;
    }

    private static boolean hasRawHtml(Document document) {
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlockBase || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase) {
                return true;
            }
        }
        return false;
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
