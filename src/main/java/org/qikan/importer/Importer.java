package org.qikan.importer;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.Layout;
import org.qikan.importer.layout.SourceLines;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.layout.WrappedLayout;
import org.qikan.importer.structure.IssueInfo;
import org.qikan.importer.structure.IssueInfoReader;
import org.qikan.importer.structure.IssueParts;
import org.qikan.importer.structure.NotePairer;
import org.qikan.importer.structure.NumberedAffiliations;
import org.qikan.importer.structure.PrintedIssue;
import org.qikan.importer.structure.StandaloneLines;
import org.qikan.importer.structure.Toc;
import org.qikan.importer.structure.TocParser;
import org.qikan.importer.output.IssueWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports one issue: reads the text, finds its layout, pairs notes with markers page by page, reads
 * the table of contents, splits articles and non-article pages, matches English abstracts, writes the
 * content sources and the report.
 */
public final class Importer {
    private Importer() {
    }

    public static ImportResult run(ImportOptions options) throws ImportException {
        SourceLines source = SourceLines.read(options.input());
        Layout layout = Layout.detect(source);
        List<WrappedLayout.Furniture> furniture = new ArrayList<>();
        List<Block> blocks = layout.read(source, furniture);
        if (blocks.stream().noneMatch(b -> Texts.hanCount(b.text()) > 0)) {
            throw new ImportException(options.input(), 1, "no Chinese text found",
                    "give the text of a journal issue converted from its PDF (UTF-8)");
        }
        if (layout == Layout.PARAGRAPHS) {
            blocks = StandaloneLines.split(blocks);
        }
        NumberedAffiliations.Found bylines = NumberedAffiliations.find(blocks);
        blocks = bylines.blocks();
        NotePairer.Pairing pairing = NotePairer.pair(blocks);
        blocks = pairing.blocks();
        Toc toc = TocParser.parse(blocks);
        IssueInfo info = IssueInfoReader.read(frontBlocks(blocks), furniture, blocks);
        IssueParts parts = IssueParts.split(blocks, toc, info, layout == Layout.WRAPPED);
        if (parts.articles().isEmpty()) {
            throw new ImportException(options.input(), 1, "no article found (no title above an abstract label such as 摘要 or 〔提 要〕, and no table of contents)",
                    "check that the file is an issue's text; see docs/importing.md for the layouts qikan reads");
        }
        info = info.withYearAndNumber(options.year(), options.number());
        if (info.year() == null || info.number() == null) {
            throw new ImportException(options.input(), 1, "cannot find the issue's year and number in the text",
                    "give them with --year N --number N");
        }
        PrintedIssue issue = PrintedIssue.assemble(source, layout, furniture, pairing, toc, info, parts, bylines);
        try {
            return new IssueWriter(options, issue).write();
        } catch (WrittenSources.Edited e) {
            throw e.error();
        } catch (IOException e) {
            throw new ImportException(options.outDir(), 0, "cannot write the imported issue (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", "check that the output folder is writable");
        }
    }

    /** Blocks before the first abstract label: where the masthead and table of contents are printed. */
    private static List<Block> frontBlocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (LabelWords.startsWithLabel(b.text())) {
                break;
            }
            out.add(b);
        }
        return out;
    }
}
