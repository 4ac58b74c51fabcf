package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** Two builds of the same content are byte-identical, whatever the machine's locale and time zone. */
@Isolated // sets the JVM's default locale (and time zone) for a moment; a class running beside it would see them
class DeterminismTest {
    @TempDir
    Path dir;

    private Map<String, String> buildInto(String name) throws IOException {
        Path out = dir.resolve(name);
        BuildResult result = new SiteBuild(BuildOptions.of(Path.of("content"), out)).run();
        assertThat(result.succeeded()).isTrue();
        return BuiltSite.fingerprint(out);
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Map<String, String> first = buildInto("a");
        assertThat(first).hasSizeGreaterThan(20);
        assertThat(buildInto("b")).isEqualTo(first);
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheOutput() throws IOException {
        Map<String, String> reference = buildInto("reference");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(buildInto("turkish")).isEqualTo(reference);
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            assertThat(buildInto("arabic")).isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void rebuildingOverThePreviousOutputGivesTheSameSite() throws IOException {
        Map<String, String> first = buildInto("same");
        assertThat(buildInto("same")).isEqualTo(first);
    }
}
