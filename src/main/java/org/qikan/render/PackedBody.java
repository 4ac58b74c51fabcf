package org.qikan.render;

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
 * A rendered body while it waits for its issue's pages: its parts' HTML deflated (a third of the
 * memory or less), its notes, which the references between articles read meanwhile, and its outline
 * as they are. Between rendering every body and writing the last issue, the render stage holds the
 * whole archive's bodies; packed, a large archive fits in a small heap.
 */
record PackedBody(byte[] parts, List<Note> notes, List<OutlineEntry> outline) {
    static PackedBody pack(RenderedBody body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
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
        return new PackedBody(bytes.toByteArray(), body.notes(), body.outline());
    }

    /** The body as rendered. */
    RenderedBody unpack() {
        Inflater inflater = new Inflater(true);
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new java.io.ByteArrayInputStream(parts), inflater, 8192))) {
            int count = in.readInt();
            List<BodyPart> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String pieceId = in.readBoolean() ? read(in) : null;
                list.add(new BodyPart(pieceId, read(in)));
            }
            return new RenderedBody(list, notes, outline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }

    /** The notes and outline alone (no parts), for what reads only those. */
    RenderedBody withoutParts() {
        return new RenderedBody(List.of(), notes, outline);
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
