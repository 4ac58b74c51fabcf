package org.qikan.importer;

import org.qikan.content.ContentLoader;
import org.qikan.diag.Diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;

public class DumpImport {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("site.yaml"), "title: {zh: 期刊, en: Journals}\n");
        for (int i = 1; i + 1 < args.length; i += 2) {
            ImportResult r = Importer.run(new ImportOptions(Path.of(args[i]), args[i + 1], out, null, null));
            System.out.println(r.report().lines().limit(10).reduce("", (a, b) -> a + b + "\n"));
        }
        Diagnostics d = new Diagnostics();
        new ContentLoader(d).load(out);
        d.sorted().forEach(x -> System.out.println(x.format(out)));
    }
}
