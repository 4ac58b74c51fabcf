package org.qikan.importer.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tables of long cells as a PDF converter prints a ruled table of words: one cell per line, row after row, the header's
 * corner cell above the row labels left out when it is empty, and each cell hard-wrapped at its column's width (Chinese
 * cut anywhere, Latin at spaces or broken with {@code ⁃}, as {@link IssuePrinter#wrap} does). Also makes up such cells:
 * Chinese clauses with now and then a Latin name or acronym, never a space between Han and Latin (a converter's line
 * joining cannot tell such a space from none) and no mark that ends a sentence at a line's end.
 */
final class WrappedCells {
    private static final String[] WORDS = {"协商", "监管", "规则", "框架", "机构", "平台", "伙伴", "标准", "评估", "试点", "数据", "算法",
            "市场", "产业", "伦理", "审查", "联盟", "论坛", "倡议", "路线图", "咨询机构", "地方政府", "行业组织", "双边机制"};
    private static final String[] LATIN = {"OECD", "G20", "Digital Market Act", "Socio-technical", "internationalization", "AI", "Policy Lab"};
    private static final String[] LABELS = {"政策工具", "治理机构", "参与方式", "主要风险", "资金来源", "协调渠道", "法律依据", "评估方法"};
    private static final String[] HEADS = {"甲方案", "乙方案", "丙方案", "欧洲", "亚洲", "现行做法", "改革方向"};

    private WrappedCells() {
    }

    /** The printed lines: header cells (an empty corner left out), then each row's label and its cells wrapped at {@code widths}. */
    static List<String> print(List<List<String>> rows, int[] widths) {
        List<String> out = new ArrayList<>();
        for (String head : rows.get(0)) {
            if (!head.isEmpty()) {
                out.add(head);
            }
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(row.get(0));
            for (int c = 1; c < row.size(); c++) {
                out.addAll(IssuePrinter.wrap(row.get(c), widths[c]));
            }
        }
        return out;
    }

    /** A table: a header (empty corner or a word), {@code rows} rows (at most eight) of a label (no two alike) and {@code columns - 1} cells. */
    static List<List<String>> table(Random random, int columns, int rows) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(random.nextBoolean() ? "" : "类别"));
        for (int c = 1; c < columns; c++) {
            header.add(HEADS[(c - 1 + random.nextInt(HEADS.length)) % HEADS.length] + (c > 1 ? c : ""));
        }
        out.add(header);
        int first = random.nextInt(LABELS.length);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>(List.of(LABELS[(first + r) % LABELS.length])); // each row names its own
            for (int c = 1; c < columns; c++) {
                row.add(cell(random));
            }
            out.add(row);
        }
        return out;
    }

    /** A cell of one to four clauses set apart by {@code ，} or {@code 、}, now and then with Latin in it. */
    static String cell(Random random) {
        StringBuilder out = new StringBuilder();
        int clauses = 1 + random.nextInt(4);
        for (int k = 0; k < clauses; k++) {
            if (k > 0) {
                out.append(random.nextBoolean() ? "，" : "、");
            }
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                out.append(random.nextInt(8) == 0 ? "以" + LATIN[random.nextInt(LATIN.length)] + "为例" : WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return out.toString();
    }

    /** Column widths in display columns: the label column as wide as its widest label, the others 20 to 36 (ten to eighteen Han characters). */
    static int[] widths(Random random, List<List<String>> rows) {
        int[] out = new int[rows.get(0).size()];
        out[0] = rows.stream().mapToInt(r -> IssuePrinter.columns(r.get(0))).max().orElse(8);
        for (int c = 1; c < out.length; c++) {
            out[c] = 20 + 2 * random.nextInt(9);
        }
        return out;
    }
}
