package org.qikan.importer.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedCellTableTest {
    @Test
    void rowsOfWrappedCellsUnderAHeaderWithoutItsCornerAreRecovered() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("上游湖区", "下游湖区",
                "治理机构", "省湖泊管理局统一设立分", "局，下设监测站", "沿湖各县分别设立办公室，", "由县水利部门牵头协调，另", "设联席会议",
                "资金来源", "省级财政专项拨款", "县级财政自筹，另有社会资", "本参与湿地修复",
                "公众参与", "设立公众咨询委员会，定期", "召开听证会", "渔民协会参与巡湖"));
        assertThat(r.recovered()).as(r.reason()).isTrue();
        assertThat(r.rows()).containsExactly(List.of("", "上游湖区", "下游湖区"),
                List.of("治理机构", "省湖泊管理局统一设立分局，下设监测站", "沿湖各县分别设立办公室，由县水利部门牵头协调，另设联席会议"),
                List.of("资金来源", "省级财政专项拨款", "县级财政自筹，另有社会资本参与湿地修复"),
                List.of("公众参与", "设立公众咨询委员会，定期召开听证会", "渔民协会参与巡湖"));
    }

    @Test
    void latinWrappedInACellIsJoinedWithASpaceAndABrokenWordClosedUp() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("类别", "做法",
                "规则", "参照Digital Market", "Act设立审查程序，另", "行internationaliz⁃", "ation评估",
                "机构", "设立专门委员会"));
        assertThat(r.rows()).containsExactly(List.of("类别", "做法"),
                List.of("规则", "参照Digital Market Act设立审查程序，另行internationalization评估"),
                List.of("机构", "设立专门委员会"));
    }

    @Test
    void aGroupLabelOverSeveralRowsLeavesTheTableWhole() {
        CellPerLineTable.Recovery r = CellPerLineTable.recover(List.of("上游", "下游", "水质", "频次", "每月", "每季", "指标", "全面",
                "简化", "生态", "物种", "鸟类", "鱼类"));
        assertThat(r.recovered()).isFalse();
        assertThat(r.reason()).isNotBlank();
    }
}
