package org.qikan.site;

import org.qikan.catalog.Pinyin;
import org.qikan.export.CitationFormatter;
import org.qikan.index.ChineseConversion;
import org.qikan.render.Labels;
import org.qikan.render.Theme;

import java.io.IOException;

/**
 * The slow first steps of a build, begun on a second thread as soon as {@code qikan build} (or
 * {@code check}, {@code serve}) starts, so that they run beside the reading of the command line and of
 * the content instead of one after another on the build's thread: the fingerprint of qikan's code
 * ({@link BuildKeys#code()}), the built-in theme's file system inside the jar (its
 * index of the jar's 17,000 entries), the pinyin tables (catalog), the citation processors with their CSL
 * styles and locales ({@link CitationFormatter#prepare()}) and the traditional-to-simplified table
 * (index), in the order the build needs them. Each result is kept where the build looks for it (a
 * memoized value, a class's static table, the shared citation formatter); a build that gets there first waits
 * for it or makes it itself. The output does not depend on whether this ran.
 */
public final class StartupWork {
    private StartupWork() {
    }

    /** Starts the work on a daemon thread (it never keeps the process alive). */
    public static void begin() {
        Thread thread = new Thread(StartupWork::run, "qikan-startup");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            BuildKeys.code();
            new Theme(null, null).builtInTemplateFile(Labels.FILE);
            Pinyin.sortKey("期刊");
            CitationFormatter.prepare();
            ChineseConversion.get();
        } catch (IOException | RuntimeException e) {
            // the build does the same work where it needs it and reports what fails there
        }
    }
}
