package org.qikan.importer.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellPerLineTableTest {
    @Test
    void rowsUnderAFullHeaderAreProvedByAColumnOfFigures() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("地区", "人口", "面积", "甲地", "12.5", "300", "乙地", "8.1", "210"));
        assertThat(r.recovered()).isTrue();
        assertThat(r.rows()).containsExactly(List.of("地区", "人口", "面积"), List.of("甲地", "12.5", "300"), List.of("乙地", "8.1", "210"));
    }

    @Test
    void anEmptyCornerAboveTheRowLabelsIsKeptAsAnEmptyHeaderCell() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("上半年", "下半年", "收入", "40%", "60%", "支出", "55%", "45%"));
        assertThat(r.rows()).containsExactly(List.of("", "上半年", "下半年"), List.of("收入", "40%", "60%"), List.of("支出", "55%", "45%"));
    }

    @Test
    void columnsPrintedOneAfterAnotherJoinACellWrappedOverLinesToTheCountOfTheDates() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("日期", "2021.3", "2022.10", "2023.1",
                "事项", "首次会议", "通过章程，", "选出理事", "设立秘书处", "文件", "纪要", "章程", "（2023-2025）", "工作计划"));
        assertThat(r.rows()).containsExactly(List.of("日期", "事项", "文件"), List.of("2021.3", "首次会议", "纪要"),
                List.of("2022.10", "通过章程，选出理事", "章程（2023-2025）"), List.of("2023.1", "设立秘书处", "工作计划"));
    }

    @Test
    void aCellOfTheSameWidthAsTheWidestIsJoinedOnlyWhenThatIsWhatMakesTheCount() {
        List<String> cells = List.of("时间", "2019.5", "2020.8", "机构", "市港口管理委员会", "交通局", "说明", "港区规划", "岸线保护");
        CellPerLineTable.Recovery r = CellPerLineTable.recover(cells);
        assertThat(r.rows()).containsExactly(List.of("时间", "机构", "说明"), List.of("2019.5", "市港口管理委员会", "港区规划"),
                List.of("2020.8", "交通局", "岸线保护"));
    }

    @Test
    void wordsOnlyGiveNothingToTellAHeaderCellFromARowLabel() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("甲方", "乙方", "目标", "增长", "稳定", "手段", "投资", "监管"));
        assertThat(r.recovered()).isFalse();
        assertThat(r.reason()).contains("no column of figures");
    }

    @Test
    void groupHeadingsAmongTheCellsLeaveTheTableWhole() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("时间", "第一阶段", "第二阶段", "2019.1", "2019.6", "2020.2",
                "机构", "甲局", "乙局", "丙局", "文件", "规划", "办法", "指南"));
        assertThat(r.recovered()).isFalse();
        assertThat(r.reason()).contains("columns of 3 cells");
    }

    @Test
    void sourceLinesAreSetApartWhereverTheyStandAndRowsOfCellsAreNotThisReader() {
        CellPerLineTable.Recovery r = CellPerLineTable.ofPrinted(List.of("资料来源：作者整理。", "", "地区", "人口", "甲地", "12", "乙地", "9"));
        assertThat(r.rows()).containsExactly(List.of("地区", "人口"), List.of("甲地", "12"), List.of("乙地", "9"));
        assertThat(r.sources()).containsExactly("资料来源：作者整理。");
        assertThat(CellPerLineTable.ofPrinted(List.of("地区\t人口", "甲地\t12"))).isNull();
    }

    @Test
    void figuresAreNumbersDatesRangesAndSharesNotWords() {
        assertThat(List.of("2018.4", "2021-2024", "12.5%", "1,200", "（3.5）")).allMatch(CellPerLineTable::isFigures);
        assertThat(List.of("2028年", "甲地", "G20", "")).noneMatch(CellPerLineTable::isFigures);
    }

    @Test
    void groupLabelsAboveTheirRowsAreToldFromRowLabelsByTheFiguresAfterARowLabel() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("地区", "2029年", "2030年",
                "沿海地区", "甲港", "12.5", "13.1", "乙港", "8.4", "9.0", "内陆地区", "丙港", "3.2", "3.6"));
        assertThat(r.recovered()).isTrue();
        assertThat(r.rows()).containsExactly(List.of("地区", "2029年", "2030年"), List.of("沿海地区", "", ""),
                List.of("甲港", "12.5", "13.1"), List.of("乙港", "8.4", "9.0"), List.of("内陆地区", "", ""), List.of("丙港", "3.2", "3.6"));
    }

    @Test
    void groupLabelsUnderAHeaderOverAnEmptyCornerLeaveTheTableWhole() {
        // 收入 支出 over an empty corner, or a header 收入 一、上游 with the row 甲段 above the first label: no reading is sure
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("收入", "一、上游",
                "甲段", "40%", "二、下游", "乙段", "60%", "三、中游", "丙段", "20%"));
        assertThat(r.recovered()).isFalse();
    }

    @Test
    void groupLabelsAreNotReadWhereARowStandsAboveTheFirstLabelOrALabelHasNoRowOrThereIsOneLabel() {
        assertThat(CellPerLineTable.recover(List.of("地区", "人口", "甲港", "12", "沿海地区", "乙港", "8", "内陆地区", "丙港", "3")).recovered())
                .as("a row above the first label").isFalse();
        assertThat(CellPerLineTable.recover(List.of("地区", "人口", "沿海地区", "内陆地区", "甲港", "12", "乙港", "8")).recovered())
                .as("a label with no row under it").isFalse();
        assertThat(CellPerLineTable.recover(List.of("地区", "人口", "沿海地区", "甲港", "12", "乙港", "8")).recovered())
                .as("one label").isFalse();
    }

    @Test
    void groupLabelsInATableOfWordsOnlyLeaveItWhole() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("甲方", "乙方", "政策", "目标", "增长", "稳定",
                "手段", "投资", "监管", "市场", "结构", "分散", "集中"));
        assertThat(r.recovered()).isFalse();
        assertThat(r.reason()).contains("no column of figures");
    }
}
