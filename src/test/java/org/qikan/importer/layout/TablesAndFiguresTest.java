package org.qikan.importer.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for tables printed as text and figure captions, on the forms printed Chinese journals use. */
class TablesAndFiguresTest {

    @Test
    void captionsInThePrintedForms() {
        assertThat(List.of("表 1：三个区域的数据", "表1 三个区域的数据", "表1：数据", "表 2-1 分项数据", "表三　比较", "续表 1", "Table 2. Trade by region",
                "Table 3 Trade", "**表 4：加粗的标题**", "#### 表 5：标题成了标题行"))
                .allMatch(Captions::isTable);
        assertThat(List.of("图 1：网络结构", "图1 网络结构", "图1：“双锚”机制", "Figure 1. Network", "Fig. 2 Trend"))
                .allMatch(Captions::isFigure);
    }

    @Test
    void proseThatMentionsATableIsNoCaption() {
        assertThat(List.of("表 1 显示，东部的增长最快。", "图 1 说明了网络的结构，", "表明这一变化的原因有三", "图书馆的藏书",
                "Table 1 shows that trade grew. It did.", "表"))
                .noneMatch(Captions::isCaption);
    }

    @Test
    void sourceAndNoteLines() {
        assertThat(List.of("资料来源：作者自制", "数据来源：年鉴", "图片来源：作者自制", "注：单位为亿吨。", "Source: author", "说 明：举例"))
                .allMatch(Captions::isSource);
        assertThat(Captions.isSource("注意到这一点的人不多。")).isFalse();
    }

    @Test
    void cellsAreSetApartByTabsPipesSpaceRunsOrIdeographicSpaces() {
        assertThat(PrintedTable.read(List.of("表 1：x", "a\tb c\tc", "1\t2\t3")).dataRows())
                .containsExactly(List.of("a", "b c", "c"), List.of("1", "2", "3"));
        assertThat(PrintedTable.read(List.of("表 1：x", "| a | b |", "|---|---|", "| 1 | 2 |")).dataRows())
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(PrintedTable.read(List.of("表 1：x", "18 世纪  第一次   技术", "19 世纪  第二次   科学")).dataRows())
                .containsExactly(List.of("18 世纪", "第一次", "技术"), List.of("19 世纪", "第二次", "科学"));
        assertThat(PrintedTable.read(List.of("表 1：x", "路径　条件", "制造　基础")).dataRows())
                .containsExactly(List.of("路径", "条件"), List.of("制造", "基础"));
    }

    @Test
    void rowsAreRecoveredOnlyWhenEveryRowIsAsWideAsTheHeader() {
        PrintedTable even = PrintedTable.read(List.of("表 1：x", "区域  2029  2030", "东部  1  2", "资料来源：作者。"));
        assertThat(even.recovered()).isTrue();
        assertThat(even.caption()).isEqualTo("表 1：x");
        assertThat(even.sources()).containsExactly("资料来源：作者。");
        assertThat(PrintedTable.read(List.of("表 1：x", "区域  2029  2030", "东部  1")).recovered()).isFalse();
        assertThat(PrintedTable.read(List.of("表 1：x", "区域  2029")).recovered()).isFalse();
        assertThat(PrintedTable.read(List.of("表 1：x", "欧盟", "美国", "政策")).recovered()).isFalse();
    }

    @Test
    void aTableRunsOverItsRowsAndSourceAndStopsAtProse() {
        List<Block> blocks = new ArrayList<>(List.of(
                Block.para("上文的最后一句，在表格之前", 1),
                Block.para("表 1：三个区域\n区域  2029  2030\n东部  1  2", 3),
                Block.para("西部  3  4", 7),
                Block.para("资料来源：作者。\n表后的正文接着写，没有空行。", 9),
                Block.para("图 2：网络", 12)));
        TablesAndFigures.mark(blocks);
        assertThat(blocks).extracting(b -> b.kind()).containsExactly(Block.Kind.PARA, Block.Kind.TABLE, Block.Kind.PARA, Block.Kind.FIGURE);
        assertThat(blocks.get(1).text()).isEqualTo("表 1：三个区域\n区域  2029  2030\n东部  1  2\n西部  3  4\n资料来源：作者。");
        assertThat(blocks.get(1).line()).isEqualTo(3);
        assertThat(blocks.get(2).text()).isEqualTo("表后的正文接着写，没有空行。");
        assertThat(blocks.get(2).line()).isEqualTo(10);
        assertThat(blocks.get(3).line()).isEqualTo(12);
    }

    @Test
    void aCaptionInsideAParagraphIsSplitOut() {
        List<Block> blocks = new ArrayList<>(List.of(Block.para("正文一句。\n图 1：结构\n资料来源：作者自制\n正文又一句。", 5)));
        TablesAndFigures.mark(blocks);
        assertThat(blocks).extracting(b -> b.kind() + "@" + b.line() + ":" + b.text())
                .containsExactly("PARA@5:正文一句。", "FIGURE@6:图 1：结构\n资料来源：作者自制", "PARA@8:正文又一句。");
    }

    @Test
    void tableRowsAreNeverJoinedToACutParagraph() {
        Block cut = Block.para("这一段在页末被切断，后面本应接着", 1).withPage(0);
        Block table = new Block(Block.Kind.TABLE, "表 1：x\n区域  2029\n东部  1", 3).withPage(1);
        Block next = Block.para("下一页的文字。", 7).withPage(1);
        List<Block> blocks = PageJoiner.join(List.of(cut, table, next));
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).line()).isEqualTo(cut.line());
        assertThat(PageJoiner.withoutMarks(blocks.get(0).text())).isEqualTo("这一段在页末被切断，后面本应接着下一页的文字。");
        assertThat(blocks.get(1)).isEqualTo(table);
    }

    @Test
    void aParagraphCutByAFigureOnItsPageIsJoinedAroundItUnlessItAnnouncesIt() {
        Block cut = Block.para("这一段被图隔开，后面本应接着", 1);
        Block figure = new Block(Block.Kind.FIGURE, "图 1：结构", 3);
        Block rest = Block.para("图后的半段文字。", 5);
        List<Block> blocks = PageJoiner.join(List.of(cut, figure, rest));
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1)).isEqualTo(figure);
        assertThat(PageJoiner.withoutMarks(blocks.get(0).text())).isEqualTo("这一段被图隔开，后面本应接着图后的半段文字。");

        Block announces = Block.para("各区域的数据如表 1 所示：", 1);
        Block table = new Block(Block.Kind.TABLE, "表 1：x\n区域  2029\n东部  1", 3);
        Block after = Block.para("由此可见，东部的增长最快。", 7);
        assertThat(PageJoiner.join(List.of(announces, table, after))).containsExactly(announces, table, after);
    }

    @Test
    void aWrappedTableRunsToItsHeadingAndAWrappedFigureTakesItsSourceLines() {
        List<String> page = List.of("表 1：比较", "欧盟", "美国", "政策工具", "资料来源：笔者自制", "三、影响因素", "正文");
        assertThat(TablesAndFigures.wrappedEnd(page, 0, 60)).isEqualTo(5);
        List<String> figure = List.of("图 1：结构", "资料来源：作者根据某数据库的公开数据整理，数据截至二〇三〇年年底，网址见下",
                "https://example.org/data。", "正文接着写下去，这一行是正文的一部分，并且足够长足够长足够长足够长");
        assertThat(TablesAndFigures.wrappedEnd(figure, 0, 60)).isEqualTo(3);
    }
}
