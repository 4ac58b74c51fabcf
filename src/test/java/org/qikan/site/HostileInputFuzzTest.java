package org.qikan.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.qikan.CpuClock;
import org.qikan.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of whole builds: Markdown bodies and front matter made of the tokens that stress a parser
 * (emphasis, quotes, lists, brackets, tables, raw HTML, entities, control characters, YAML flow,
 * anchors, tabs), repeated up to thousands of times. Every build ends within seconds with either a
 * site or errors naming file and line; it never throws, never leaves a staging folder, and a failed
 * build never changes the previous site.
 */
class HostileInputFuzzTest {
    private static final Pattern ERROR = Pattern.compile("content/[^:]+(:\\d+)?: error: .+|out/[^:]+: error: broken link .+");
    private static final List<String> MARKDOWN_TOKENS = List.of("*", "_", "**", "> ", "- ", "1. ", "  ", "\t", "[", "]", "(", ")",
            "![", "](", "<", ">", "`", "```", "|", "| --- ", "#", "\n", "\n\n", " ", "[^a]", "[^n]: 注", "<span>", "</span>",
            "<script>", "<img src=x onerror=alert(1)>", "&#106;avascript:", "&amp;", "\\", "~", "正文", "😀", "\u202e", "\u00a0",
            "::: piece p1\n", "---\n", "<!--", "-->", "http://", "<div>", "</div>", "$$", "\r", "\u0001");
    private static final List<String> YAML_TOKENS = List.of("{", "}", "[", "]", ",", ": ", "- ", "  ", "\n", "\t", "'", "\"", "&a ",
            "*a", "!!binary ", "<<: ", "? ", "|\n", ">\n", "#", "title", "zh", "en", "authors", "name", "测试", "null", "~", "1e999",
            "-1", "2024-13-45", "\\u0000", "%", "@", "`", "...", "--- ");

    private static Path dir;
    private static TestSite site;
    private static Map<String, String> previousOutput;
    private static final ExecutorService BUILDS = Executors.newSingleThreadExecutor();

    @BeforeContainer
    static void buildAGoodSiteFirst() throws IOException {
        dir = Files.createTempDirectory("qikan-fuzz");
        site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
        previousOutput = BuiltSite.fingerprint(site.out());
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        BUILDS.shutdownNow();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 12)
    void anyMarkdownBodyBuildsOrFailsAtAFileLine(@ForAll("markdown") String body) throws Exception {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE + body + "\n");
        buildEndsCleanly();
    }

    @Property(tries = 15)
    void anyFrontMatterBuildsOrFailsAtAFileLine(@ForAll("yaml") String yaml) throws Exception {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("first_page: 1\n", "first_page: 1\n" + yaml + "\n"));
        buildEndsCleanly();
    }

    @Property(tries = 8)
    void anyIssueYamlBuildsOrFailsAtAFileLine(@ForAll("yaml") String yaml) throws Exception {
        site.file("content/tj/2024-04/issue.yaml", TestSite.ISSUE + yaml + "\n");
        buildEndsCleanly();
        site.file("content/tj/2024-04/issue.yaml", TestSite.ISSUE);
    }

    @Provide
    Arbitrary<String> markdown() {
        return runs(MARKDOWN_TOKENS, 2000);
    }

    @Provide
    Arbitrary<String> yaml() {
        return runs(YAML_TOKENS, 2000);
    }

    private static Arbitrary<String> runs(List<String> tokens, int longest) {
        Arbitrary<String> run = Combinators.combine(Arbitraries.of(tokens),
                        Arbitraries.integers().between(1, longest).withDistribution(RandomDistribution.biased()))
                .as(String::repeat);
        return run.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static void buildEndsCleanly() throws Exception {
        CpuClock cpu = CpuClock.start();
        Future<BuildResult> running = BUILDS.submit(site::build);
        BuildResult result = running.get(600, TimeUnit.SECONDS); // a hang guard only
        assertThat(cpu.seconds()).as("CPU seconds for one build").isLessThan(20);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".staging") || n.endsWith(".previous"));
        }
        if (result.succeeded()) {
            assertThat(site.out().resolve("tj/2024-04/first.html")).exists();
            previousOutput = BuiltSite.fingerprint(site.out());
        } else {
            assertThat(site.errors(result)).isNotEmpty().allSatisfy(e -> assertThat(e).matches(ERROR));
            assertThat(BuiltSite.fingerprint(site.out())).as("previous output untouched").isEqualTo(previousOutput);
        }
    }
}
