package org.qikan.importer.layout;

import org.qikan.importer.ImportException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The input file read strictly as UTF-8 and split into lines (index 0 is line 1). */
public record SourceLines(Path file, List<String> lines) {

    public static SourceLines read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, "file not found", "check the path of the issue text");
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    "check that it exists and that you may read it");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file, firstBadLine(bytes), "the file is not UTF-8 text",
                    "convert it to UTF-8 (for example with iconv -f GB18030 -t UTF-8) and import again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceLines(file, List.of(text.split("\n", -1)));
    }

    /** 1-based number of the line holding the first byte sequence that is not UTF-8. */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT);
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    public String line(int index) {
        return lines.get(index);
    }

    public int size() {
        return lines.size();
    }
}
