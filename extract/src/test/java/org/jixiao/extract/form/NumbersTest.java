package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.jixiao.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static BigDecimal value(String text) {
        return Numbers.figure(text).orElseThrow(() -> new AssertionError("not a figure: " + text)).value();
    }

    @Test
    void readsPlainAndGroupedFigures() {
        assertEquals(new BigDecimal("1000000"), value("1,000,000"));
        assertEquals(new BigDecimal("23157700.00"), value("23157700.00"));
        assertEquals(new BigDecimal("2032.38"), value("2,032.38"));
        assertEquals(new BigDecimal("-12.5"), value("-12.5"));
        assertEquals(new BigDecimal("-12.5"), value(" - 12.5 "));
        assertEquals(new BigDecimal("7"), value("\n7\n"));
    }

    @Test
    void readsTheUnitPrintedWithAFigure() {
        assertEquals(Numbers.Unit.PERCENT, Numbers.figure("99.81%").orElseThrow().unit());
        assertEquals(Numbers.Unit.TEN_THOUSAND_YUAN, Numbers.figure("18,000.00万元").orElseThrow().unit());
        assertEquals(Numbers.Unit.YUAN, Numbers.figure("4,832,990.00 元").orElseThrow().unit());
    }

    @Test
    void fullWidthDigitsReadAfterNormalisation() {
        String printed = TextNormalizer.standard().normalize("１，２３４．５６％");
        assertEquals(new BigDecimal("1234.56"), value(printed));
    }

    @Test
    void convertsTenThousandsOfYuanExactly() {
        assertEquals(0, new BigDecimal("9673800").compareTo(Numbers.toYuan(new BigDecimal("967.38"), Numbers.Unit.TEN_THOUSAND_YUAN)));
        assertEquals(0, new BigDecimal("0.01").compareTo(Numbers.toYuan(new BigDecimal("0.000001"), Numbers.Unit.TEN_THOUSAND_YUAN)));
        assertEquals(new BigDecimal("967.38"), Numbers.toYuan(new BigDecimal("967.38"), Numbers.Unit.YUAN));
    }

    @Test
    void textDatesCodesAndDashesAreNoFigures() {
        for (String text : new String[] {"2021-01-01", "(1)", "健全", "≥95%", "1,00,0", "", "-", "约100", "-a1", "--1",
                "元100", " ", "100-"}) {
            assertTrue(Numbers.figure(text).isEmpty(), text);
        }
        assertTrue(Numbers.isPlaceholder("-"));
        assertTrue(Numbers.isPlaceholder("—"));
        assertTrue(Numbers.isPlaceholder("无"));
    }

    @Test
    void findsTheUnitALabelStates() {
        assertEquals(Numbers.Unit.TEN_THOUSAND_YUAN, Numbers.unitOf("项目资金来源(万元)"));
        assertEquals(Numbers.Unit.YUAN, Numbers.unitOf("项目资金(元)"));
        assertEquals(Numbers.Unit.YUAN, Numbers.unitOf("单位:元"));
        assertEquals(Numbers.Unit.NONE, Numbers.unitOf("资金来源"));
    }
}
