package org.qikan.check;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality gate: every page of the built sample and corpus editions is valid HTML by the Nu Html Checker
 * (the validator behind validator.w3.org/nu), run in-process with its schemas from the jar,
 * so nothing is fetched from the network.
 */
class HtmlValidityTest {
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static SimpleDocumentValidator validator;
    private static final List<String> errors = new ArrayList<>();
    private static String currentPage;

    @BeforeAll
    static void setUpValidator() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as "consider adding a lang attribute") do not fail the gate
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(currentPage + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, true, false);
    }

    @Test
    void everyPageOfTheSampleEditionIsValidHtml() throws Exception {
        everyPageIsValidHtml(Editions.SAMPLE);
    }

    @Test
    @Tag("corpus")
    void everyPageOfTheCorpusEditionIsValidHtml() throws Exception {
        everyPageIsValidHtml(Editions.CORPUS);
    }

    private static void everyPageIsValidHtml(String edition) throws Exception {
        List<String> pages = Editions.pages(edition);
        errors.clear();
        for (String page : pages) {
            currentPage = page;
            validator.checkHtmlFile(Editions.root(edition).resolve(page).toFile(), true);
        }
        assertThat(pages).isNotEmpty();
        assertThat(errors).as("Nu Html Checker errors in %d pages", pages.size()).isEmpty();
        System.out.printf("HTML validity (%s edition): %d pages, 0 errors%n", edition, pages.size());
    }

    @Test
    void theCheckerCatchesInvalidMarkup() throws Exception {
        Path bad = Files.createTempFile("qikan-invalid-", ".html");
        try {
            Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                    + "<span id=\"a\"></span><span id=\"a\"></span><a href=\"x y\">z</a>"
                    + "<section role=\"doc-notes\"><h2>Notes</h2></section></body></html>");
            errors.clear();
            currentPage = "invalid.html";
            validator.checkHtmlFile(bad.toFile(), true);
            assertThat(errors).hasSize(3)
                    .anySatisfy(e -> assertThat(e).contains("Duplicate ID"))
                    .anySatisfy(e -> assertThat(e).contains("Bad value “x y”"))
                    .anySatisfy(e -> assertThat(e).contains("Bad value “doc-notes”"));
        } finally {
            Files.deleteIfExists(bad);
        }
    }
}
