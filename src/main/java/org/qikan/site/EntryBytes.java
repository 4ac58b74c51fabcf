package org.qikan.site;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a cache entry whose bulk is long texts (a rendered body's HTML): numbers, and texts as their UTF-8
 * bytes after their length, so that reading one back copies the text rather than parsing JSON with every quote of
 * the HTML escaped. The entry starts with its format, which an entry of another format does not match; a reader of
 * damaged bytes (a length past the end, bytes left over) stops with {@link IllegalArgumentException} and the entry is
 * ignored.
 */
final class EntryBytes {
    private EntryBytes() {
    }

    /** Writes an entry. */
    static final class Writer {
        private final ByteArrayOutputStream bytes;
        private final DataOutputStream out;

        Writer(String format, int sizeHint) throws IOException {
            bytes = new ByteArrayOutputStream(sizeHint);
            out = new DataOutputStream(bytes);
            out.write(format.getBytes(StandardCharsets.US_ASCII));
        }

        Writer integer(int value) throws IOException {
            out.writeInt(value);
            return this;
        }

        Writer bool(boolean value) throws IOException {
            out.writeBoolean(value);
            return this;
        }

        /** A text, or null. */
        Writer text(String text) throws IOException {
            return blob(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        /** Bytes, or null. */
        Writer blob(byte[] blob) throws IOException {
            out.writeInt(blob == null ? -1 : blob.length);
            if (blob != null) {
                out.write(blob);
            }
            return this;
        }

        byte[] bytes() throws IOException {
            out.flush();
            return bytes.toByteArray();
        }
    }

    /** Reads an entry {@link Writer} wrote. */
    static final class Reader {
        private final ByteBuffer in;
        private final boolean formatMatches;

        Reader(String format, byte[] bytes) {
            byte[] expected = format.getBytes(StandardCharsets.US_ASCII);
            formatMatches = bytes.length >= expected.length && Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length);
            in = ByteBuffer.wrap(bytes);
            if (formatMatches) {
                in.position(expected.length);
            }
        }

        /** Whether the bytes start with the format asked for; nothing else is to be read where they do not. */
        boolean formatMatches() {
            return formatMatches;
        }

        int integer() {
            return in.getInt();
        }

        /** A count of items each taking at least a byte: one the bytes left cannot hold is damage. */
        int count() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IllegalArgumentException("damaged");
            }
            return n;
        }

        boolean bool() {
            return in.get() != 0;
        }

        String text() {
            int length = in.getInt();
            if (length == -1) {
                return null;
            }
            check(length);
            String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return text;
        }

        byte[] blob() {
            int length = in.getInt();
            if (length == -1) {
                return null;
            }
            check(length);
            byte[] blob = new byte[length];
            in.get(blob);
            return blob;
        }

        /** Whether every byte was read: bytes left over are damage too. */
        boolean atEnd() {
            return !in.hasRemaining();
        }

        private void check(int length) {
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("damaged");
            }
        }
    }
}
