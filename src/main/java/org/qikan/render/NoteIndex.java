package org.qikan.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the notes of one article in the order they are first cited and gives every citation and
 * note a stable id: the note {@code note-3} is cited by {@code note-ref-3}, {@code note-ref-3-b},
 * {@code note-ref-3-c}… Reports citations without a note, notes never cited and notes defined twice.
 */
final class NoteIndex {
    static final DataKey<NoteIndex> KEY = new DataKey<>("QIKAN_NOTE_INDEX", new NoteIndex());

    private final Map<String, Integer> numberByLabel = new LinkedHashMap<>();
    private final Map<String, List<String>> refIdsByLabel = new LinkedHashMap<>();
    private final Map<Node, String> refIdByCitation = new IdentityHashMap<>();
    private final Map<String, FootnoteBlock> blockByLabel = new LinkedHashMap<>();

    private NoteIndex() {
    }

    static NoteIndex build(Document document, MarkdownSource source, LineNumbers lines, Diagnostics problems) {
        NoteIndex index = new NoteIndex();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock block) {
                index.define(block, source, lines, problems);
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote citation) {
                index.cite(citation, source, lines, problems);
            }
        }
        index.blockByLabel.forEach((label, block) -> {
            if (!index.numberByLabel.containsKey(label)) {
                problems.error(source.file(), source.fileLine(lines.startLineOf(block)),
                        "note [^" + label + "] is never cited",
                        "cite it in the text with [^" + label + "], or delete the note");
            }
        });
        return index;
    }

    private void define(FootnoteBlock block, MarkdownSource source, LineNumbers lines, Diagnostics problems) {
        String label = block.getText().toString();
        FootnoteBlock first = blockByLabel.putIfAbsent(label, block);
        if (first != null) {
            problems.error(source.file(), source.fileLine(lines.startLineOf(block)),
                    "note [^" + label + "] is defined twice (first on line " + source.fileLine(lines.startLineOf(first)) + ")",
                    "give the second note its own label, or delete it");
        }
    }

    private void cite(Footnote citation, MarkdownSource source, LineNumbers lines, Diagnostics problems) {
        String label = citation.getText().toString();
        if (!blockByLabel.containsKey(label)) {
            problems.error(source.file(), source.fileLine(lines.startLineOf(citation)),
                    "note [^" + label + "] is cited but not defined",
                    "add a line '[^" + label + "]: note text' to the body, or correct the label");
            return;
        }
        int number = numberByLabel.computeIfAbsent(label, l -> numberByLabel.size() + 1);
        List<String> refs = refIdsByLabel.computeIfAbsent(label, l -> new ArrayList<>());
        String refId = "note-ref-" + number + (refs.isEmpty() ? "" : "-" + NoteLetters.of(refs.size()));
        refs.add(refId);
        refIdByCitation.put(citation, refId);
    }

    static String noteId(int number) {
        return "note-" + number;
    }

    /** The citation's number, or 0 where it cites no defined note. */
    int numberOf(Footnote citation) {
        return numberByLabel.getOrDefault(citation.getText().toString(), 0);
    }

    String refIdOf(Footnote citation) {
        return refIdByCitation.get(citation);
    }

    /** The defined and cited notes, in number order. */
    List<FootnoteBlock> blocksInOrder() {
        return numberByLabel.keySet().stream().map(blockByLabel::get).toList();
    }

    int numberOf(FootnoteBlock block) {
        return numberByLabel.getOrDefault(block.getText().toString(), 0);
    }

    /** Whether the block is listed among the notes: cited, and the first definition of its label. */
    boolean isListed(FootnoteBlock block) {
        String label = block.getText().toString();
        return blockByLabel.get(label) == block && numberByLabel.containsKey(label);
    }

    List<String> refIdsOf(FootnoteBlock block) {
        return refIdsByLabel.getOrDefault(block.getText().toString(), List.of());
    }
}
