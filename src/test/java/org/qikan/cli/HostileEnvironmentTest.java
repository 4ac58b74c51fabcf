package org.qikan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A machine set up oddly gets a clear message and exit 1 or 2, never "internal error". */
class HostileEnvironmentTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Qikan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void outputAtTheRootOfTheFileSystemIsRefused() {
        TestSite site = new TestSite(dir);
        assertThat(run("build", "--content", site.content().toString(), "--out", "/")).isEqualTo(1);
        assertThat(err.toString()).startsWith("/: error: the output folder cannot be the root of the file system. ")
                .doesNotContain("internal error");
    }

    @Test
    void importRefusesANegativeIssueNumber() throws IOException {
        Path text = Files.writeString(dir.resolve("issue.txt"), "国际问题研究\n2025年第1期\n");
        assertThat(run("import", text.toString(), "--journal", "tj", "--out", dir.resolve("content").toString(), "--number", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --number -1: give the issue's number within the year, from 1 to 99");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void aNonAsciiFileNameUnderTheCLocaleSaysToUseAUtf8Locale() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/图一.png", "png");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.qikan.cli.Qikan", "build", "--content", site.content().toString(), "--out", site.out().toString()));
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JAVA_TOOL"));
        builder.environment().put("LC_ALL", "C");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("error: cannot handle the file name 'tj/2024-04/").contains("the Java runtime encodes file names as ")
                .contains("run qikan with a UTF-8 locale, for example: LC_ALL=C.UTF-8 java -jar qikan.jar build")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(site.out()).doesNotExist();
    }
}
