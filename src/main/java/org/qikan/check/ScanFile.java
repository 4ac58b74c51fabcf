package org.qikan.check;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each page's links as a build scanned them ({@link ScannedPages#kept()}) as bytes, so that the next build
 * of the command line, like a preview server's, scans only pages whose bytes changed: every distinct text
 * once (a table), then per page its path, the 64-bit check of its bytes, its references (text, whether it
 * loads) and its ids, by number in the table. {@link #decode} reads what {@link #encode} wrote, or nothing
 * where the bytes are not such a list (any number out of range, bytes left over).
 */
public final class ScanFile {
    private static final int FORMAT = 0x716b6c31; // "qkl1"

    private ScanFile() {
    }

    /** The scans as bytes, pages in path order (the same scans give the same bytes). */
    public static byte[] encode(Map<String, ScannedPages.Kept> scans) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream pages = new DataOutputStream(body);
        Map<String, ScannedPages.Kept> sorted = new TreeMap<>(scans);
        pages.writeInt(sorted.size());
        for (Map.Entry<String, ScannedPages.Kept> page : sorted.entrySet()) {
            pages.writeInt(number(page.getKey(), table, texts));
            pages.writeLong(page.getValue().check);
            PageLinks links = page.getValue().links;
            pages.writeInt(links.references().size());
            for (PageReferences.Reference reference : links.references()) {
                pages.writeInt(number(reference.value(), table, texts) << 1 | (reference.loads() ? 1 : 0));
            }
            List<String> ids = links.ids();
            pages.writeInt(ids.size());
            for (String id : ids) {
                pages.writeInt(number(id, table, texts));
            }
        }
        pages.flush();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(texts.size());
            for (String text : texts) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            body.writeTo(out);
        }
        return bytes.toByteArray();
    }

    /** The scans {@link #encode} wrote, or empty where the bytes are not such a list. */
    public static Optional<Map<String, ScannedPages.Kept>> decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != FORMAT) {
                return Optional.empty();
            }
            String[] texts = new String[count(in, 4)];
            for (int i = 0; i < texts.length; i++) {
                int length = count(in, 1);
                texts[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            // references of the same text are one object, as the scanner's sharing gives them
            Map<PageReferences.Reference, PageReferences.Reference> shared = new HashMap<>();
            int pageCount = count(in, 16);
            Map<String, ScannedPages.Kept> scans = new HashMap<>(pageCount * 2);
            for (int p = 0; p < pageCount; p++) {
                String path = texts[in.getInt()];
                long check = in.getLong();
                int n = count(in, 4);
                List<PageReferences.Reference> references = new ArrayList<>(n);
                for (int r = 0; r < n; r++) {
                    int value = in.getInt();
                    PageReferences.Reference reference = new PageReferences.Reference(texts[value >>> 1], (value & 1) == 1);
                    references.add(shared.computeIfAbsent(reference, k -> k));
                }
                String[] ids = new String[count(in, 4)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = texts[in.getInt()];
                }
                if (scans.put(path, new ScannedPages.Kept(check, PageLinks.of(references, ids))) != null) {
                    return Optional.empty();
                }
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(scans);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NullPointerException damaged) {
            return Optional.empty();
        }
    }

    /** A count read from {@code in}, where the bytes left can hold that many items of {@code size} bytes. */
    private static int count(ByteBuffer in, int size) {
        int n = in.getInt();
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IllegalArgumentException("damaged");
        }
        return n;
    }

    private static int number(String text, Map<String, Integer> table, List<String> texts) {
        return table.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }
}
