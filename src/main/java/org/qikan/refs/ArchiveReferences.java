package org.qikan.refs;

import org.qikan.content.Article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The references of every article of the archive, and the citations between its articles. */
public final class ArchiveReferences {
    public static final ArchiveReferences NONE = new ArchiveReferences(List.of());

    /** By article; read from the render stage's threads while the build {@linkplain #forget forgets} articles done. */
    private final Map<Article, ArticleReferences> byArticle = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Article, List<ArchiveCitation>> citing = new IdentityHashMap<>();
    private final Stats stats;

    ArchiveReferences(List<ArticleReferences> articles) {
        for (ArticleReferences a : articles) {
            byArticle.put(a.work().article(), a);
            a.archiveCitations().forEach(c -> citing.computeIfAbsent(c.cited().article(), k -> new ArrayList<>()).add(c));
        }
        this.stats = count(articles);
    }

    /** The references of one article, or {@code null} where it was not read (or is forgotten). */
    public ArticleReferences of(Article article) {
        return byArticle.get(article);
    }

    /**
     * Lets go of an article's parsed notes once its pages are made: what other articles' pages show of it
     * ({@link #citing}) and the {@link #stats} stay.
     */
    public void forget(Article article) {
        byArticle.remove(article);
    }

    /** The notes of other articles of the archive that cite this one, in archive order. */
    public List<ArchiveCitation> citing(Article article) {
        return citing.getOrDefault(article, List.of());
    }

    public Stats stats() {
        return stats;
    }

    private static Stats count(List<ArticleReferences> articles) {
        int shorts = 0;
        int linked = 0;
        int unresolved = 0;
        int references = 0;
        int inArchive = 0;
        for (ArticleReferences a : articles) {
            shorts += a.notes().stream().mapToInt(n -> n.shortCitations().size()).sum();
            linked += (int) a.links().stream().filter(l -> l.to() != l.from()).count();
            unresolved += a.unresolved().size();
            references += a.references().size();
            inArchive += a.archiveCitations().size();
        }
        return new Stats(references, shorts, linked, unresolved, inArchive);
    }

    /**
     * The figures for the build summary.
     *
     * @param shortCitations 同上, 前引, Ibid., op. cit. and short forms found
     * @param linked         of those, linked to an earlier note
     * @param unresolved     同上 / 前引 with nothing to point at (each a warning)
     * @param inArchive      notes citing an article of this archive
     */
    public record Stats(int references, int shortCitations, int linked, int unresolved, int inArchive) {
        public String summary() {
            return String.format(java.util.Locale.ROOT, "%d references, %d of %d short citations linked (%d unresolved), %d in-archive citations",
                    references, linked, shortCitations, unresolved, inArchive);
        }
    }
}
