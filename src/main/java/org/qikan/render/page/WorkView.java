package org.qikan.render.page;

import org.qikan.published.Anchors;
import org.qikan.published.DisplayText;
import org.qikan.catalog.Work;
import org.qikan.content.Bilingual;
import org.qikan.content.Person;

import java.util.List;

/**
 * An article or symposium piece as author, keyword and section pages list it.
 *
 * @param pieceTitle the piece's title, or empty for a whole article; {@code articleTitle} is then the symposium's
 * @param path       the full text (at the piece for a piece); {@code pathEn} the English landing page
 */
public record WorkView(Bilingual articleTitle, Bilingual pieceTitle, List<Bilingual> authors, Bilingual journal,
                       Bilingual issueLabel, Bilingual section, String path, String pathEn, String pages) {

    static WorkView of(Work work) {
        ArticleLink link = ArticleLink.of(work.journal(), work.issue(), work.article());
        List<Person> people = work.piece() == null ? work.article().allAuthors() : work.piece().authors();
        Bilingual section = work.issue().sections().stream().filter(s -> s.id().equals(work.article().sectionId()))
                .map(org.qikan.content.Section::title).findFirst().orElse(Bilingual.EMPTY);
        return new WorkView(work.article().title(), work.piece() == null ? Bilingual.EMPTY : work.piece().title(),
                people.stream().map(Person::name).toList(), work.journal().name(), DisplayText.issueLabel(work.issue()), section,
                work.piece() == null ? link.path() : link.path() + "#" + Anchors.piece(work.piece().id()), link.pathEn(), link.pages());
    }
}
