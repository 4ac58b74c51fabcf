package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An edition with one article's source read again, for {@code qikan serve}'s preview of a saved article:
 * what {@link ContentLoader} would give for the folder as it is now, where only that file changed since
 * {@code edition} was loaded. Only where the article keeps its slug and its place in the issue's contents
 * (section, order, first page); otherwise, or where the file has any error, there is none, and the caller
 * loads the whole folder.
 */
public final class ArticleReread {
    private ArticleReread() {
    }

    /**
     * The edition with the article read again.
     *
     * @param bodyOnly whether nothing but the article's Markdown body changed (its fields, all that other pages show of it, are as before)
     */
    public record Result(Edition edition, boolean bodyOnly) {
    }

    public static Optional<Result> of(Edition edition, Path file, Diagnostics problems) throws IOException {
        Path source = file.toAbsolutePath().normalize();
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                List<Article> articles = issue.articles();
                for (int i = 0; i < articles.size(); i++) {
                    Article old = articles.get(i);
                    if (old.body().file().toAbsolutePath().normalize().equals(source)) {
                        return reread(edition, journal, issue, i, problems);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Result> reread(Edition edition, Journal journal, Issue issue, int index, Diagnostics problems)
            throws IOException {
        Article old = issue.articles().get(index);
        Path file = old.body().file();
        List<String> sectionIds = issue.sections().stream().map(Section::id).toList();
        Optional<Article> read = new SourceReader(edition.contentDir(), problems).read(file)
                .flatMap(source -> new ArticleLoader(new FieldReader(problems)).load(source, ContentFolders.baseName(file),
                        new java.util.LinkedHashSet<>(sectionIds)));
        if (read.isEmpty() || problems.hasErrors() || IssueLoader.tocOrder(issue.sections()).compare(old, read.get()) != 0) {
            return Optional.empty();
        }
        List<Article> articles = new ArrayList<>(issue.articles());
        articles.set(index, read.get());
        Issue changedIssue = with(issue, "articles", articles);
        Journal changedJournal = with(journal, "issues", journal.issues().stream().map(x -> x == issue ? changedIssue : x).toList());
        return Optional.of(new Result(with(edition, "journals", edition.journals().stream().map(j -> j == journal ? changedJournal : j).toList()),
                with(read.get(), "body", old.body()).equals(old)));
    }

    /** A copy of {@code record} with one component replaced (every other component as it is, however many there are). */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }
}
