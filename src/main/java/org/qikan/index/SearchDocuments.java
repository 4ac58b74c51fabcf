package org.qikan.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Person;
import org.qikan.published.DisplayText;
import org.qikan.published.PublishedArticle;

/**
 * Makes {@link SearchDocument}s from the articles the render stage published. The body is cut into
 * sections at every stretch the page anchors (symposium pieces) and at every heading that has an
 * {@code id} (so a body match links to the nearest heading); note markers and the notes section are
 * left out of the body. The notes are a field of their own, each note's text on one line with its id.
 */
public final class SearchDocuments {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "li", "ul", "ol",
            "table", "tr", "td", "th", "br", "pre", "figure", "figcaption", "dl", "dt", "dd", "hr", "aside");
    /** What search leaves out of a body or note; the query parsed once (Jsoup parses a query string on every select). */
    private static final org.jsoup.select.Evaluator LEFT_OUT = org.jsoup.select.QueryParser.parse(
            "sup.note-ref, a[role=doc-noteref], section.notes, [role=doc-endnotes], script, style");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    /** Every published article, in the order given (the render stage's: journal, issue, table of contents). */
    public static List<SearchDocument> from(List<PublishedArticle> articles) {
        return articles.stream().map(SearchDocuments::from).toList();
    }

    public static SearchDocument from(PublishedArticle published) {
        List<SearchDocument.BodySection> sections = new ArrayList<>();
        for (PublishedArticle.Stretch stretch : published.body()) {
            sections.addAll(sections(stretch.anchor(), stretch.heading(), stretch.html()));
        }
        SearchDocument doc = of(published.journal(), published.issue(), published.article(), published.path(), sections);
        return new SearchDocument(doc.ref(), doc.journalSlug(), doc.journalName(), doc.issueLabel(), doc.year(),
                doc.title(), doc.authors(), doc.keywords(), doc.abstractText(), doc.sections(),
                notes(published.notes()), published.englishPath(), identifiers(published.article()));
    }

    /** Each note's plain text on one line, with the id of its list item; note markers left out. */
    static List<SearchDocument.NoteText> notes(List<PublishedArticle.Note> notes) {
        List<SearchDocument.NoteText> out = new ArrayList<>();
        for (PublishedArticle.Note note : notes) {
            Element html = Jsoup.parseBodyFragment(note.html()).body();
            html.select(LEFT_OUT).remove();
            String text = SPACES.matcher(html.text()).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                out.add(new SearchDocument.NoteText(note.id(), text));
            }
        }
        return out;
    }

    /** DOI, CLC number and article number, where given, as written. */
    static List<String> identifiers(Article article) {
        List<String> out = new ArrayList<>();
        for (String id : new String[] {article.doi(), article.clc(), article.articleNumber()}) {
            if (id != null && !id.isBlank()) {
                out.add(id.strip());
            }
        }
        return out;
    }

    public static SearchDocument of(Journal journal, Issue issue, Article article, String ref,
                                    List<SearchDocument.BodySection> sections) {
        List<Person> authors = article.allAuthors();
        return new SearchDocument(ref, journal.slug(), journal.name(), DisplayText.issueLabel(issue), issue.year(),
                DisplayText.titleWithSubtitle(article),
                new BilingualList(names(authors, true), names(authors, false)),
                article.keywords() == null ? BilingualList.EMPTY : article.keywords(),
                article.abstractText() == null ? Bilingual.EMPTY : article.abstractText(),
                sections);
    }

    /** The plain text of body HTML, cut at each heading with an id; text before the first heading has anchor "". */
    public static List<SearchDocument.BodySection> sections(String bodyHtml) {
        return sections("", "", bodyHtml);
    }

    private static List<SearchDocument.BodySection> sections(String anchor, String heading, String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(LEFT_OUT).remove();
        SectionCutter cutter = new SectionCutter(anchor, heading);
        body.traverse(cutter);
        return cutter.finish();
    }

    private static List<String> names(List<Person> people, boolean zh) {
        return people.stream().map(Person::name).filter(n -> n != null)
                .map(n -> zh ? n.zh() : n.en())
                .filter(n -> n != null && !n.isBlank()).toList();
    }

    /** Walks the HTML once, starting a section at each heading with an id; block ends become line breaks. */
    private static final class SectionCutter implements NodeVisitor {
        private final List<SearchDocument.BodySection> sections = new ArrayList<>();
        private String anchor;
        private String heading;
        private final StringBuilder text = new StringBuilder();
        private Element currentHeading;

        SectionCutter(String anchor, String heading) {
            this.anchor = anchor;
            this.heading = heading;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                if (HEADINGS.contains(element.normalName()) && element.hasAttr("id") && currentHeading == null) {
                    cut(element.id(), element.text());
                    currentHeading = element;
                } else if (BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            } else if (node instanceof TextNode textNode && currentHeading == null) {
                text.append(textNode.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == currentHeading) {
                currentHeading = null;
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                text.append('\n');
            }
        }

        private void cut(String nextAnchor, String nextHeading) {
            String done = tidy(text);
            if (!done.isEmpty() || !heading.isEmpty()) {
                sections.add(new SearchDocument.BodySection(anchor, heading, done));
            }
            anchor = nextAnchor;
            heading = nextHeading.strip();
            text.setLength(0);
        }

        List<SearchDocument.BodySection> finish() {
            cut("", "");
            return List.copyOf(sections);
        }

        /** Whitespace runs to one space within a line, no blank lines, no spaces at line ends. */
        private static String tidy(CharSequence raw) {
            List<String> lines = new ArrayList<>();
            for (String line : raw.toString().split("\n")) {
                String tidy = SPACES.matcher(line).replaceAll(" ").strip();
                if (!tidy.isEmpty()) {
                    lines.add(tidy);
                }
            }
            return String.join("\n", lines);
        }
    }
}
