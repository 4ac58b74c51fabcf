package org.qikan.scaffold;

import java.util.Locale;

/**
 * The text of the sources {@code qikan new} writes: every field commented, placeholders in both
 * languages. Values that come from elsewhere (section titles) are written as double-quoted YAML strings.
 */
final class SourceTexts {
    private SourceTexts() {
    }

    static String site() {
        return """
                # The whole edition. Fields: docs/content-format.md ("site.yaml").
                # Bilingual fields are {zh: 中文, en: English}.
                title: {zh: 期刊数字版, en: Journals Digital Edition}
                # One line for the home page:
                description: {zh: 在此填写本数字版的简介。, en: A one-line description of this edition.}
                # What a reader sees first in each table of contents: zh, en or bilingual.
                default_view: bilingual
                # Where the site will be published; needed for sitemap.xml, robots.txt, absolute canonical and
                # citation URLs and the OAI-PMH file (the build warns until it is set):
                # base_url: https://journals.example.org/
                # contact_email: editor@example.org
                """;
    }

    static String journal(String englishName) {
        return """
                # A journal. Fields: docs/content-format.md ("journal.yaml").
                # Replace the placeholders; remove the # before an optional field to use it.
                name: {zh: 期刊名称, en: %s}
                # issn: 1234-567X
                # cn: 11-1234/D
                # frequency: {zh: 双月刊, en: Bimonthly}
                # publisher: {zh: 主办单位, en: Publisher}
                description: {zh: 在此填写期刊简介。, en: A short description of the journal.}
                # Editorial board (编委会), in printed order:
                # masthead:
                #   - role: {zh: 主编, en: Editor-in-Chief}
                #     people:
                #       - {zh: 姓名, en: Name}
                # Accent colour of the journal's pages:
                # color: "#1f4e5f"
                # Add issues with: qikan new issue <journal> YEAR-NUMBER
                """.formatted(quoted(englishName));
    }

    static String issue(int year, int number, SectionList sections) {
        StringBuilder list = new StringBuilder();
        for (SectionList.SectionEntry s : sections.sections()) {
            list.append("  - id: ").append(s.id()).append('\n')
                    .append("    title: {zh: ").append(quoted(s.zh())).append(", en: ").append(quoted(s.en())).append("}\n");
        }
        // Locale.ROOT: ASCII digits whatever the default locale (an Arabic one would write ٢٠٢٤).
        return String.format(Locale.ROOT, """
                # An issue. Fields: docs/content-format.md ("issue.yaml").
                # year and number must match the folder name.
                year: %d
                number: %d
                # volume: 1
                # cumulative: 1
                # Publication date, YYYY-MM-DD:
                # published: %d-01-01
                # The sections (栏目) in printed order, taken from the journal's latest issue.
                # An article names its section by id.
                sections:
                %s# Add articles with: qikan new article <journal>/<year>-<number> SLUG
                """, year, number, year, list);
    }

    static String article(SectionList sections) {
        return """
                ---
                # An article. Fields: docs/content-format.md ("Articles"). Replace the placeholders.
                title: {zh: 文章标题, en: Title of the Article}
                # subtitle: {zh: 副标题, en: Subtitle}
                # One of the issue's section ids: %s
                section: %s
                authors:
                  - name: {zh: 作者姓名, en: Author Name}
                    affiliation: {zh: 作者单位, en: Affiliation}
                    bio: {zh: 作者简介。, en: A short biography of the author.}
                abstract:
                  zh: 在此填写中文提要。
                  en: The English abstract goes here.
                keywords: {zh: [关键词一, 关键词二], en: [first keyword, second keyword]}
                # first_page: 1
                # last_page: 20
                # doi: 10.12345/abcd.2025.01.001
                # clc: D815
                # funding: {zh: 基金项目。, en: Funding note.}
                ---
                ## 一、引言

                正文从这里开始。标题从 ## 开始：## 一、……，### （一）……[^1]

                [^1]: 注释写在这里；正文中用方括号、脱字符和标签引用它。
                """.formatted(sectionIds(sections), sections.first().id());
    }

    private static String sectionIds(SectionList sections) {
        return String.join(", ", sections.sections().stream().map(SectionList.SectionEntry::id).toList());
    }

    /** A double-quoted YAML scalar (JSON string syntax, which YAML reads as is). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
