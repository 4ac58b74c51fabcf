package org.qikan.index;

import java.io.IOException;
import java.util.List;

/**
 * What one document contributes to the search index, made once and added to any index in any
 * position ({@link SearchIndexWriter.Writing#add(SearchSegment)}): its result card (the document
 * without its text), its terms as counted ({@link LunrIndexBuilder.Segment}) and its text files'
 * contents (deflated, base64). Adding a segment gives exactly the files adding its document gives;
 * so a rebuild can keep segments of unchanged articles instead of tokenizing them again.
 */
public record SearchSegment(SearchDocument card, LunrIndexBuilder.Segment terms, List<String> texts) {
    public SearchSegment {
        texts = List.copyOf(texts);
    }

    /** The segment of a document. */
    public static SearchSegment of(SearchDocument doc) throws IOException {
        List<TextChunks.Chunk> chunks = TextChunks.of(doc);
        SearchDocument card = new SearchDocument(doc.ref(), doc.journalSlug(), doc.journalName(), doc.issueLabel(), doc.year(),
                doc.title(), doc.authors(), doc.keywords(), doc.abstractText(),
                List.of(), List.of(), doc.englishRef(), doc.identifiers());
        return new SearchSegment(card, LunrIndexBuilder.segmentOf(doc, chunks), SearchIndexWriter.texts(chunks));
    }
}
