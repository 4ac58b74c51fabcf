package org.qikan.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A rendered body while it waits for its issue's pages: notes, then parts, deflated (a third of the
 * memory or less), with the outline as it is. Between rendering every body and writing the last
 * issue, the render stage holds the whole archive's bodies; packed, a large archive fits in a small
 * heap. The references between articles read the notes alone ({@link #notesOnly}).
 */
record PackedBody(byte[] data, int noteCount, List<OutlineEntry> outline) {
    static PackedBody pack(RenderedBody body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
            for (Note note : body.notes()) {
                out.writeInt(note.number());
                write(out, note.id());
                out.writeInt(note.refIds().size());
                for (String ref : note.refIds()) {
                    write(out, ref);
                }
                write(out, note.html());
                out.writeBoolean(note.inline());
                out.writeInt(note.line());
            }
            out.writeInt(body.parts().size());
            for (BodyPart part : body.parts()) {
                out.writeBoolean(part.pieceId() != null);
                if (part.pieceId() != null) {
                    write(out, part.pieceId());
                }
                write(out, part.html());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return new PackedBody(bytes.toByteArray(), body.notes().size(), body.outline());
    }

    /** The body as rendered. */
    RenderedBody unpack() {
        return read(true);
    }

    /** The notes and outline alone (no parts). */
    RenderedBody notesOnly() {
        return read(false);
    }

    private RenderedBody read(boolean withParts) {
        Inflater inflater = new Inflater(true);
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data), inflater, 8192))) {
            List<Note> notes = new ArrayList<>(noteCount);
            for (int i = 0; i < noteCount; i++) {
                int number = in.readInt();
                String id = read(in);
                int refs = in.readInt();
                List<String> refIds = new ArrayList<>(refs);
                for (int r = 0; r < refs; r++) {
                    refIds.add(read(in));
                }
                notes.add(new Note(number, id, refIds, read(in), in.readBoolean(), in.readInt()));
            }
            List<BodyPart> parts = new ArrayList<>();
            if (withParts) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String pieceId = in.readBoolean() ? read(in) : null;
                    parts.add(new BodyPart(pieceId, read(in)));
                }
            }
            return new RenderedBody(parts, notes, outline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
