package org.qikan.site;

import org.qikan.fingerprint.Fingerprint;

import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The keys of the incremental build: fingerprints ({@link Fingerprint}) of everything the pages of an issue are made from.
 * <ul>
 * <li>{@link #code()}: qikan itself, its jar (every entry's name, size and CRC-32) or class folder, built-in theme included, so a
 *     rebuild with another qikan renders everything again;</li>
 * <li>the publisher's templates and assets folders, file names and bytes;</li>
 * <li>the site settings, the journal's settings (not its other issues), the list of the content's
 *     static files (an image a body links to may appear or go);</li>
 * <li>the issue as loaded: its settings, sections, articles and pages with their full Markdown;</li>
 * <li>what its pages show from the rest of the archive: references between articles, links to
 *     catalog pages (the render stage lists them).</li>
 * </ul>
 * The loaded model is hashed through its records' text form, which lists every field.
 */
final class BuildKeys {
    private static String code;

    private final String shared;

    BuildKeys(Edition edition, Path templatesDir, Path assetsDir) throws IOException {
        Fingerprint key = Fingerprint.start().add(code());
        folder(key, templatesDir);
        folder(key, assetsDir);
        this.shared = key.add(String.valueOf(edition.site())).add(edition.contentDir().toAbsolutePath().normalize().toString())
                .add(String.valueOf(edition.staticFiles())).hex();
    }

    /** The key of one issue's pages; {@code facts} is what they show from outside the issue (see the render stage). */
    String issue(Journal journal, Issue issue, String facts) {
        return Fingerprint.start().add(shared)
                .add(RecordText.without(journal, "issues"))
                .add(String.valueOf(issue)).add(facts).hex();
    }

    /** The key of a page outside the issues; {@code facts} is what it shows (see the render stage's {@code PageFacts}). */
    String page(String path, String facts) {
        return Fingerprint.start().add(shared).add(path).add(facts).hex();
    }

    /** The fingerprint of qikan's own code and built-in theme: the jar it runs from, or its class folder. */
    static synchronized String code() throws IOException {
        if (code == null) {
            Fingerprint key = Fingerprint.start();
            Path location;
            try {
                location = Path.of(BuildKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                throw new IOException("cannot find qikan's own code: " + e.getMessage(), e);
            }
            if (Files.isDirectory(location)) {
                folder(key, location);
            } else {
                jar(key.add(location.getFileName().toString()), location);
            }
            code = key.hex();
        }
        return code;
    }

    /**
     * A jar by its table of contents: every entry's name, size and CRC-32 (which the jar holds for its bytes), so
     * that the 27 MB of qikan and its libraries need not be read and hashed by every build. The entries are read
     * straight from the zip's central directory (one read, no object per entry: a cold start made 17,000
     * {@code ZipEntry} objects and strings for it); a jar whose directory is not the plain kind (ZIP64, damaged)
     * is listed through {@link java.util.zip.ZipFile} instead.
     */
    private static void jar(Fingerprint key, Path location) throws IOException {
        byte[] contents = centralDirectory(location);
        if (contents != null) {
            key.add("central directory").addBytes(contents);
            return;
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(location.toFile())) {
            for (java.util.Enumeration<? extends java.util.zip.ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = e.nextElement();
                key.add(entry.getName()).add(Long.toHexString(entry.getSize())).add(Long.toHexString(entry.getCrc()));
            }
        }
    }

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    /**
     * Per entry of the zip's central directory, in its order: the CRC-32, compressed and uncompressed size,
     * the name's length and the name, as the directory holds them (times and attributes left out); {@code null}
     * where the directory is not a plain one.
     */
    static byte[] centralDirectory(Path zip) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(zip)) {
            long length = channel.size();
            int tail = (int) Math.min(length, 22 + 0xFFFF);
            java.nio.ByteBuffer end = read(channel, length - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0 && at < 0; i--) {
                if (end.getInt(i) == END_OF_DIRECTORY) {
                    at = i;
                }
            }
            if (at < 0) {
                return null;
            }
            int entries = end.getShort(at + 10) & 0xffff;
            long size = end.getInt(at + 12) & 0xffffffffL;
            long offset = end.getInt(at + 16) & 0xffffffffL;
            if (entries == 0xffff || size == 0xffffffffL || offset == 0xffffffffL || offset + size > length) {
                return null;
            }
            java.nio.ByteBuffer directory = read(channel, offset, (int) size);
            byte[] bytes = directory.array();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) size / 2);
            int p = 0;
            for (int n = 0; n < entries; n++) {
                if (p + 46 > size || directory.getInt(p) != DIRECTORY_ENTRY) {
                    return null;
                }
                int name = directory.getShort(p + 28) & 0xffff;
                int extra = directory.getShort(p + 30) & 0xffff;
                int comment = directory.getShort(p + 32) & 0xffff;
                if (p + 46 + name > size) {
                    return null;
                }
                out.write(bytes, p + 16, 14); // CRC-32, compressed size, size, name length
                out.write(bytes, p + 46, name);
                p += 46 + name + extra + comment;
            }
            return out.toByteArray();
        }
    }

    private static java.nio.ByteBuffer read(java.nio.channels.FileChannel channel, long position, int length) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("the jar " + channel + " ends before its table of contents");
            }
        }
        return buffer;
    }

    /**
     * A checksum of bytes kept in the cache or taken back from the output (CRC-32C, hex): it tells a
     * damaged or changed file, cheaply; keys, which name what a file was made from, are {@link Fingerprint}s.
     */
    static String checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
    }

    /** Names and bytes of every file under {@code dir}, in name order; nothing where it does not exist. */
    private static void folder(Fingerprint key, Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            key.add("-");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            key.add(dir.relativize(file).toString().replace('\\', '/')).addBytes(Files.readAllBytes(file));
        }
    }
}
