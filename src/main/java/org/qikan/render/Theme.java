package org.qikan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets a site is made with: qikan's built-in theme (inside the jar), with any
 * file of the same name in the publisher's own {@code templates/} or {@code assets/} folder taking
 * its place.
 */
public final class Theme {
    static final String BUILT_IN = "qikan/theme/";
    public static final String TEMPLATES = "templates";
    public static final String ASSETS = "assets";

    private final Path publisherTemplates;
    private final Path publisherAssets;

    /**
     * @param publisherTemplates the publisher's templates folder, or {@code null} for the built-in ones only
     * @param publisherAssets    the publisher's assets folder, or {@code null} for the built-in ones only
     */
    public Theme(Path publisherTemplates, Path publisherAssets) {
        this.publisherTemplates = publisherTemplates;
        this.publisherAssets = publisherAssets;
    }

    public Optional<Path> publisherTemplates() {
        return Optional.ofNullable(publisherTemplates).filter(Files::isDirectory);
    }

    /** A file of the templates folder (such as {@code labels.yaml}), the publisher's first. */
    public Optional<byte[]> templateFile(String name) throws IOException {
        if (publisherTemplates != null && Files.isRegularFile(publisherTemplates.resolve(name))) {
            return Optional.of(Files.readAllBytes(publisherTemplates.resolve(name)));
        }
        Path builtIn = builtIn(TEMPLATES).resolve(name);
        return Files.isRegularFile(builtIn) ? Optional.of(Files.readAllBytes(builtIn)) : Optional.empty();
    }

    /** The publisher's own file of that name in their templates folder, if they have one. */
    public Optional<Path> publisherTemplateFile(String name) {
        return publisherTemplates().map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
    }

    /**
     * Whether the pages are made from the built-in templates alone: the publisher has no templates folder, or
     * every template in it ({@code .peb}, at any depth) is the built-in one of that name byte for byte (as in a
     * copy of the theme). Data files such as {@code labels.yaml} do not count.
     */
    public boolean templatesAsBuiltIn() throws IOException {
        Optional<Path> own = publisherTemplates();
        if (own.isEmpty()) {
            return true;
        }
        Path builtIn = builtIn(TEMPLATES);
        try (Stream<Path> walk = Files.walk(own.get())) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".peb"))::iterator) {
                Path same = builtIn.resolve(own.get().relativize(file).toString().replace('\\', '/'));
                if (!Files.isRegularFile(same) || !java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(same))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The built-in theme's file of that name in its templates folder. */
    public byte[] builtInTemplateFile(String name) throws IOException {
        return Files.readAllBytes(builtIn(TEMPLATES).resolve(name));
    }

    /** Every asset by its path under {@code assets/}, in path order; the publisher's replace the built-in ones. */
    public Map<String, Path> assets() throws IOException {
        Map<String, Path> assets = new TreeMap<>();
        collect(builtIn(ASSETS), assets);
        if (publisherAssets != null && Files.isDirectory(publisherAssets)) {
            collect(publisherAssets, assets);
        }
        return assets;
    }

    private static void collect(Path dir, Map<String, Path> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> into.put(dir.relativize(p).toString().replace('\\', '/'), p));
        }
    }

    /** The built-in theme folder, inside the jar or on the class path of a development build. */
    static Path builtIn(String folder) throws IOException {
        URL url = Theme.class.getClassLoader().getResource(BUILT_IN + folder);
        if (url == null) {
            throw new IOException("qikan's built-in theme is missing from the class path (" + BUILT_IN + folder + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("bad theme location " + url, e));
        }
    }
}
