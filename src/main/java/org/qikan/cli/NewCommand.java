package org.qikan.cli;

import org.qikan.scaffold.Scaffold;
import org.qikan.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qikan new journal|issue|article}: commented sources that build at once. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes the sources of a new journal, issue or article.",
                "They are commented and build at once, with placeholders in Chinese and English to replace.",
                "Never overwrites a file."},
        subcommands = {NewCommand.Journal.class, NewCommand.IssueCommand.class, NewCommand.Article.class})
final class NewCommand implements Runnable {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing what to create: journal, issue or article");
    }

    /** Writes what {@code make} returns, or the reason it could not. */
    int scaffold(picocli.CommandLine.Model.CommandSpec sub, Maker make) {
        Path base = Path.of("").toAbsolutePath();
        try {
            for (Path file : make.make(new Scaffold(content))) {
                sub.commandLine().getOut().println("Wrote " + org.qikan.diag.Diagnostic.error(file, 0, "", "").displayPath(base));
            }
            sub.commandLine().getOut().flush();
            return 0;
        } catch (ScaffoldException e) {
            sub.commandLine().getErr().println(e.diagnostic().format(base));
            sub.commandLine().getErr().flush();
            return Qikan.INPUT_ERRORS;
        }
    }

    interface Maker {
        List<Path> make(Scaffold scaffold) throws ScaffoldException;
    }

    @Command(name = "journal", mixinStandardHelpOptions = true,
            description = "Writes <content>/SLUG/journal.yaml (and site.yaml if there is none).")
    static final class Journal implements Callable<Integer> {
        @ParentCommand NewCommand parent;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "SLUG", description = "The journal's folder name: lowercase letters, digits and hyphens.")
        String slug;

        @Override
        public Integer call() {
            return parent.scaffold(spec, s -> s.journal(slug));
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Writes <content>/JOURNAL/YEAR-NUMBER/issue.yaml, with the sections of the journal's latest issue.")
    static final class IssueCommand implements Callable<Integer> {
        @ParentCommand NewCommand parent;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "JOURNAL", description = "The journal's folder name.")
        String journal;
        @Parameters(index = "1", paramLabel = "YEAR-NUMBER", description = "Year and number of the issue, such as 2025-03.")
        String yearNumber;

        @Override
        public Integer call() {
            return parent.scaffold(spec, s -> s.issue(journal, yearNumber));
        }
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
            description = "Writes <content>/JOURNAL/YEAR-NUMBER/SLUG.md in the issue's first section.")
    static final class Article implements Callable<Integer> {
        @ParentCommand NewCommand parent;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "JOURNAL/YEAR-NUMBER", description = "The issue, such as guanlan-review/2025-03.")
        String issue;
        @Parameters(index = "1", paramLabel = "SLUG", description = "The article's file name: lowercase letters, digits and hyphens.")
        String slug;

        @Override
        public Integer call() {
            return parent.scaffold(spec, s -> s.article(issue, slug));
        }
    }
}
