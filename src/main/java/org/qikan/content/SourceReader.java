package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads text files of the content folder: strict UTF-8 (an invalid byte is reported with its line,
 * never replaced), and never a file whose real location, after following links, is outside the
 * content folder.
 */
public final class SourceReader {
    /** The largest text file read: a whole issue in one file is about 2 MB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private final Path root;
    private final Path realRoot;
    private final Diagnostics problems;

    public SourceReader(Path contentRoot, Diagnostics problems) throws IOException {
        this.root = contentRoot;
        this.realRoot = contentRoot.toRealPath();
        this.problems = problems;
    }

    private SourceReader(SourceReader other, Diagnostics problems) {
        this.root = other.root;
        this.realRoot = other.realRoot;
        this.problems = problems;
    }

    /** A reader of the same content folder that adds its problems to {@code problems} (an issue's own, read on another thread). */
    SourceReader reportingTo(Diagnostics problems) {
        return new SourceReader(this, problems);
    }

    public Path root() {
        return root;
    }

    /** Whether {@code file} really lies inside the content folder; reports it if it does not. */
    public boolean isInside(Path file) {
        try {
            if (file.toRealPath().startsWith(realRoot)) {
                return true;
            }
            problems.error(file, 0, "refusing to read a file outside the content folder (it is a link to "
                    + file.toRealPath() + ")", "copy the file into the content folder instead of linking to it");
            return false;
        } catch (IOException e) {
            problems.error(file, 0, "cannot read file: " + describe(e), "check that the file exists and that a link points to an existing file");
            return false;
        }
    }

    public Optional<SourceFile> read(Path file) {
        if (!isInside(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(file, 0, "file of " + size + " bytes is too large for a source (at most " + MAX_BYTES + ")",
                        "split the text into several articles or pages, or move it out of the content folder");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read file: " + describe(e), "check that the file exists and that you may read it (permissions)");
            return Optional.empty();
        }
        return decode(file, bytes);
    }

    private Optional<SourceFile> decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.error(file, lineAt(bytes, offset), String.format(Locale.ROOT,
                            "invalid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
                    "save the file as UTF-8 (for example: iconv -f GB18030 -t UTF-8 in > out)");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            problems.error(file, lineAt(bytes, new String(text.substring(0, nul)).getBytes(StandardCharsets.UTF_8).length),
                    "NUL character (byte 0x00) in the text", "remove it: it is a sign of a damaged or binary file; save the text again as UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(new SourceFile(file, text.replace("\r\n", "\n").replace('\r', '\n')));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid text";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
