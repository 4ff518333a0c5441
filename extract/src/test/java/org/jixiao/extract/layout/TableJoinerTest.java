package org.jixiao.extract.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a continuation's first rows are known as the header printed again. */
class TableJoinerTest {

    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "四级指标", "分值", "评分细则", "核查分数");

    @Test
    void aHeaderPrintedAgainIsKnownThoughOCRLostACharacterOfOneLabel() {
        for (String[] slip : new String[][] {{"一级指标", "级指标"}, {"二级指标", "二级指杯"}, {"评分细则", "评分细则。"}}) {
            assertTrue(TableJoiner.isHeaderReadWithOneSlip(HEADER, withSlip(slip[0], slip[1])), slip[1]);
        }
    }

    @Test
    void twoSlipsOrTwoLabelsOffAreAnotherRow() {
        List<String> twoSlips = withSlip("一级指标", "级指标").stream().map(t -> t.equals("二级指标") ? "级指标" : t).toList();
        assertFalse(TableJoiner.isHeaderReadWithOneSlip(HEADER, twoSlips));
        assertFalse(TableJoiner.isHeaderReadWithOneSlip(HEADER, withSlip("一级指标", "指标")));
        assertFalse(TableJoiner.isHeaderReadWithOneSlip(HEADER, HEADER));
    }

    /** The header with one label read otherwise. */
    private static List<String> withSlip(String label, String read) {
        return HEADER.stream().map(text -> text.equals(label) ? read : text).toList();
    }

    /** Two indicator rows alike but for one character are two indicators: figures are never a header. */
    @Test
    void rowsOfFiguresAreNeverAHeaderReadWithASlip() {
        assertFalse(TableJoiner.isHeaderReadWithOneSlip(List.of("产出指标", "第一季度完成率", "≥25%", "10"),
                List.of("产出指标", "第二季度完成率", "≥25%", "10")));
        assertFalse(TableJoiner.isHeaderReadWithOneSlip(List.of("指标", "目标值"), List.of("指杯", "目标值")));
    }
}
