package org.qikan.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.qikan.diag.Diagnostic;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pebble: autoescaping on (only HTML rendered from Markdown is marked {@code raw} in templates), strict
 * variables (a misspelt variable is an error, not an empty string), templates looked up in the publisher's
 * folder first, then in the built-in theme. Made once per build where the publisher has templates (they may
 * change between builds of {@code qikan serve}); the built-in theme alone, which cannot change while qikan runs,
 * is compiled once per process and shared by every build (compiling it took a small build a fifth of its time).
 */
public final class TemplateEngine {
    public static final String SUFFIX = ".peb";
    private final PebbleEngine pebble;
    private final Path publisherDir;
    private final boolean builtInOnly;

    /** The engine of the built-in theme alone, made on first use. */
    private static final class BuiltInOnly {
        static final PebbleEngine ENGINE = engine(null);
    }

    public TemplateEngine(Theme theme) {
        this.publisherDir = theme.publisherTemplates().orElse(null);
        this.pebble = publisherDir == null ? BuiltInOnly.ENGINE : engine(publisherDir);
        boolean asBuiltIn;
        try {
            asBuiltIn = theme.templatesAsBuiltIn();
        } catch (IOException e) {
            asBuiltIn = false;
        }
        this.builtInOnly = asBuiltIn;
    }

    /**
     * Whether every page is made from qikan's own templates ({@link Theme#templatesAsBuiltIn()}), whose variables
     * {@link org.qikan.render.page.PageFacts} is known to describe in full; a publisher's template may read more of
     * the values it is given (an author's works, the links helper), so pages made from it are never taken back.
     */
    public boolean builtInOnly() {
        return builtInOnly;
    }

    private static PebbleEngine engine(Path publisherDir) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (publisherDir != null) {
            FileLoader files = new FileLoader();
            files.setPrefix(publisherDir.toAbsolutePath().toString());
            files.setSuffix(SUFFIX);
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader builtIn = new ClasspathLoader(TemplateEngine.class.getClassLoader());
        builtIn.setPrefix(Theme.BUILT_IN + Theme.TEMPLATES);
        builtIn.setSuffix(SUFFIX);
        builtIn.setCharset("UTF-8");
        loaders.add(builtIn);
        return new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .newLineTrimming(true)
                .build();
    }

    /** The page, or a {@link TemplateError} that names the template file and line. */
    public String render(String template, Map<String, Object> variables) throws TemplateError {
        try {
            PebbleTemplate compiled = pebble.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, variables, Locale.ROOT);
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template : e.getFileName();
            Path where = Path.of(publisherDir != null && publisherDir.resolve(file + SUFFIX).toFile().isFile()
                    ? publisherDir.resolve(file + SUFFIX).toString() : "templates/" + file + SUFFIX);
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateError(Diagnostic.error(where, line, "template error: " + e.getPebbleMessage(),
                    "fix the template; the variables each page gets are listed in docs/templates.md"));
        } catch (IOException e) {
            throw new TemplateError(Diagnostic.error(Path.of("templates/" + template + SUFFIX), 0,
                    "cannot write page: " + e.getMessage(), "check the template"));
        }
    }

    /** A template that could not be rendered, as the diagnostic to show the publisher. */
    public static final class TemplateError extends Exception {
        private final transient Diagnostic diagnostic;

        TemplateError(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
