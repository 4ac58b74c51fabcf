package org.qikan.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Whole-site tests that start from a {@link TestSite} built once successfully, then break its sources:
 * {@link #failingBuild()} checks what every failed build owes the publisher (see {@link BuiltSite}).
 */
abstract class AfterAGoodBuild {
    @TempDir
    Path dir;
    TestSite site;
    Map<String, String> previousOutput;
    private BuiltSite built;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        built = BuiltSite.in(dir);
        site = built.site();
        previousOutput = built.previousOutput();
    }

    /** Builds; the build must fail, leave the previous output as it was and nothing beside it. Its errors as printed. */
    List<String> failingBuild() throws IOException {
        return built.failingBuild();
    }
}
