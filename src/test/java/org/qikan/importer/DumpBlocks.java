package org.qikan.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class DumpBlocks {
    public static void main(String[] args) throws Exception {
        SourceLines s = SourceLines.read(Path.of(args[0]));
        Layout layout = Layout.detect(s);
        List<WrappedLayout.Furniture> f = new ArrayList<>();
        List<Block> blocks = layout.read(s, f);
        NotePairer pairer = new NotePairer();
        pairer.pair(blocks);
        System.out.println("layout " + layout + " blocks " + blocks.size() + " furniture " + f.size());
        for (Block b : blocks) {
            String t = b.text.replace("\n", "⏎");
            System.out.println(b.kind + "@" + b.line + "/p" + b.page + (b.label == null ? "" : "[" + b.label + "]") + (b.hashes > 0 ? "#" + b.hashes : "") + ": " + (t.length() > 90 ? t.substring(0, 60) + " … " + t.substring(t.length() - 25) : t));
        }
        System.out.println("paired notes " + pairer.notes().size());
        pairer.unpairedMarkers().forEach(System.out::println);
        for (Block b : blocks) if (b.is(Block.Kind.NOTE) && !pairer.notes().contains(b)) System.out.println("UNPAIRED NOTE " + b.toString().substring(0, Math.min(120, b.toString().length())));
    }
}
