package org.qikan.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the load stage read from the content folder: the site settings, the journals with
 * their issues and articles, and the static files (images, logos) to copy as they are.
 *
 * @param staticFiles content-relative paths of files that are neither Markdown nor YAML
 */
public record Edition(Path contentDir, Site site, List<Journal> journals, List<Path> staticFiles) {
    public Edition {
        journals = List.copyOf(journals);
        staticFiles = List.copyOf(staticFiles);
    }

    public int issueCount() {
        return journals.stream().mapToInt(j -> j.issues().size()).sum();
    }

    public int articleCount() {
        return journals.stream().flatMap(j -> j.issues().stream()).mapToInt(i -> i.articles().size()).sum();
    }
}
