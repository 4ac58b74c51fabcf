package org.qikan.export;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.qikan.write.OutputFolder;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A strict BagIt (RFC 8493) bag of a built site, for deposit in an archive: the site's files under
 * {@code data/}, {@code bagit.txt}, {@code bag-info.txt} ({@code Payload-Oxum}, {@code Bagging-Date} and the
 * publisher's fields), payload and tag manifests in SHA-256 and SHA-512. Made by {@code gov.loc:bagit}'s
 * {@link BagCreator} and checked with its {@link BagVerifier} before it is moved into place, from a site that
 * first matches its own manifest ({@link MirrorCheck}); a site that does not is refused, so a damaged copy is
 * never deposited.
 */
public final class DepositBag {
    private DepositBag() {
    }

    /** The bag as written: where, how many payload files, how many payload bytes. */
    public record Result(Path bag, int files, long bytes) {
    }

    /** The bag cannot be made: the reason says what to do. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Bags the site in {@code site} into the new folder {@code out}.
     *
     * @param info fields for {@code bag-info.txt} (such as {@code Source-Organization}, {@code External-Identifier}),
     *             in the order given
     */
    public static Result make(Path site, Path out, String agent, List<Map.Entry<String, String>> info)
            throws IOException, Refused {
        Path root = site.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(root) || root.startsWith(target)) {
            throw new Refused(out + ": the bag must go to a folder outside " + site + " (and not around it)");
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new Refused(out + " already exists and is not empty: give a new folder for the bag");
        }
        matchesItsManifest(site, root);
        Path work = target.resolveSibling(target.getFileName() + ".part");
        OutputFolder.deleteTree(work);
        try {
            int files = 0;
            long bytes = 0;
            for (String path : BagItManifest.files(root)) {
                Path to = work.resolve(path);
                Files.createDirectories(to.getParent());
                Files.copy(root.resolve(path), to, StandardCopyOption.COPY_ATTRIBUTES);
                files++;
                bytes += Files.size(to);
            }
            Metadata metadata = new Metadata();
            metadata.add("Bag-Software-Agent", agent);
            for (Map.Entry<String, String> field : info) {
                metadata.add(field.getKey(), field.getValue());
            }
            Bag bag = BagCreator.bagInPlace(work, List.of(StandardSupportedAlgorithms.SHA256, StandardSupportedAlgorithms.SHA512),
                    true, metadata);
            try (BagVerifier verifier = new BagVerifier()) {
                verifier.isValid(bag, true);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(work, target);
            return new Result(target, files, bytes);
        } catch (NoSuchAlgorithmException | InterruptedException e) {
            throw new IOException("cannot make the bag: " + e.getMessage(), e);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(out + " appeared while the bag was made: give a new folder for the bag");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the bag made in " + work + " does not verify: " + e.getMessage(), e);
        } finally {
            OutputFolder.deleteTree(work);
        }
    }

    private static void matchesItsManifest(Path site, Path root) throws IOException, Refused {
        MirrorCheck.Report report;
        try {
            report = MirrorCheck.check(root);
        } catch (MirrorCheck.NoManifest e) {
            throw new Refused(e.getMessage());
        }
        if (!report.isIntact()) {
            throw new Refused(site + " does not match its manifest (" + report.missing().size() + " missing, "
                    + report.changed().size() + " changed, " + report.extra().size() + " extra files): run 'qikan verify "
                    + site + "' to see which, or build the site again");
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
