package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.ingest.Box;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static ReportText text(String... lines) {
        return new ReportText(java.util.Arrays.stream(lines).map(l -> new TextLine(1, new Box(0, 0, 1, 1), l)).toList());
    }

    @Test
    void theResultSentenceGivesTotalScoreAndGrade() {
        ReportText report = text("综上所述，大气污染防治项目综合得分95分，评价等级为“优”。");
        assertEquals(Optional.of("95"), report.totalScore());
        assertEquals(Optional.of("优"), report.grade());
    }

    @Test
    void aGradeBandIsNoResult() {
        ReportText report = text("根据评价标准，综合得分90分（含）以上为“优”，80分（含）-90分为“良”，60分以下为“差”。");
        assertTrue(report.totalScore().isEmpty(), report.totalScore().toString());
    }

    @Test
    void organisationNames() {
        assertTrue(ReportText.isOrganisationName("临湘市住房和城乡建设局"));
        assertTrue(!ReportText.isOrganisationName("项目主要内容包括宣传推广、设备购置等"));
        assertEquals(List.of(), text().lines());
    }
}
