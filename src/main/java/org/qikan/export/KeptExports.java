package org.qikan.export;

import org.qikan.render.RenderedArticle;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the export stage looks for an article's files before making them: a rebuild's cache
 * (org.qikan.site) answers with those an earlier build made from the same inputs. Called from any thread
 * (articles are prepared on several cores), in any order.
 */
public interface KeptExports {
    /** Keeps nothing: every article's files are made. */
    KeptExports NONE = new KeptExports() {
        @Override
        public Optional<ArticleExports> take(RenderedArticle article) {
            return Optional.empty();
        }

        @Override
        public void made(RenderedArticle article, ArticleExports files) {
        }
    };

    /** The files an earlier build made for exactly this article (its sources, rendered body, settings and qikan), if kept. */
    Optional<ArticleExports> take(RenderedArticle article) throws IOException;

    /** Told the files this build made for an article it did not take back. */
    void made(RenderedArticle article, ArticleExports files) throws IOException;
}
