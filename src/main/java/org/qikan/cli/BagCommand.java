package org.qikan.cli;

import org.qikan.export.DepositBag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qikan bag SITE --out DIR}: a strict BagIt bag of a built site, for deposit in an archive. */
@Command(name = "bag", mixinStandardHelpOptions = true,
        description = {"Packs a built site as a BagIt bag (RFC 8493) for deposit: the site under data/, SHA-256 and",
                "SHA-512 manifests, bag-info.txt. The site must first match its own manifest (qikan verify)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the bag was written and verifies", "1:the site does not match its manifest, or the folder is taken",
                "2:wrong command line", "3:internal error in qikan"})
final class BagCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SITE", defaultValue = "site-output", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new (or empty) folder for the bag.")
    Path out;

    @Option(names = "--info", paramLabel = "FIELD=VALUE",
            description = "A bag-info.txt field, such as Source-Organization=… or External-Identifier=… (repeatable).")
    List<String> info = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String field : info) {
            int eq = field.indexOf('=');
            if (eq <= 0 || field.substring(0, eq).isBlank() || field.substring(0, eq).contains(":")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--info '" + field + "': write a field as NAME=VALUE, such as Source-Organization=Example Press");
            }
            fields.add(new AbstractMap.SimpleImmutableEntry<>(field.substring(0, eq).strip(), field.substring(eq + 1).strip()));
        }
        String version = Qikan.class.getPackage().getImplementationVersion();
        try {
            DepositBag.Result bag = DepositBag.make(site, this.out, "qikan " + (version == null ? "(development build)" : version), fields);
            out.printf(Locale.ROOT, "Wrote bag %s: %d files, %.1f MB under data/, valid (BagIt 1.0, SHA-256 and SHA-512).%n",
                    this.out, bag.files(), bag.bytes() / 1_000_000.0);
            out.flush();
            return 0;
        } catch (DepositBag.Refused e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
    }
}
