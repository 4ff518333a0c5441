package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Printed numbers, targets and labels: what the rules read figures with. */
class ValuesTest {

    @Test
    void printedNumbersAndTheirPrecision() {
        assertEquals(new BigDecimal("4547507.00"), Printed.plainNumber("4,547,507.00").orElseThrow());
        assertEquals(new BigDecimal("99.81"), Printed.plainNumber("99.81%").orElseThrow());
        assertEquals(Optional.empty(), Printed.plainNumber("-"));
        assertEquals(Optional.empty(), Printed.plainNumber("大于 90"));
        assertEquals(new BigDecimal("0.005"), Printed.halfUnit(new BigDecimal("99.81")));
        assertEquals(new BigDecimal("0.5"), Printed.halfUnit(new BigDecimal("100")));
        assertEquals("4,547,507.00", Printed.yuan(new BigDecimal("4547507")));
        assertEquals("57.7", Printed.plain(new BigDecimal("57.70")));
        assertEquals("100", Printed.plain(new BigDecimal("1E+2")));
    }

    @Test
    void targetsReadIntoSignNumberAndUnit() {
        assertEquals(new Target(Target.Sign.AT_LEAST, new BigDecimal("95"), "%"), Target.parse("≥95%").orElseThrow());
        assertEquals(new Target(Target.Sign.AT_MOST, new BigDecimal("3"), "小时"), Target.parse("≤3 小时").orElseThrow());
        assertEquals(new Target(Target.Sign.AT_LEAST, new BigDecimal("90"), "%"), Target.parse("不低于90％").orElseThrow());
        assertEquals(new Target(Target.Sign.AT_MOST, new BigDecimal("15"), "%"), Target.parse("15%及其以下").orElseThrow());
        assertEquals(new Target(Target.Sign.AT_MOST, new BigDecimal("20"), "%"), Target.parse("<=20%").orElseThrow());
        assertEquals(Target.Sign.EQUAL, Target.parse("等于95%").orElseThrow().sign());
        assertEquals(Target.Sign.NONE, Target.parse("99%").orElseThrow().sign());
        assertTrue(Target.parse("通过").isEmpty());
        assertTrue(Target.parse("按时间节点保障落实").isEmpty());
    }

    @Test
    void aTargetIsMetOnlyByAComparableActual() {
        Target floor = Target.parse("≥85%").orElseThrow();
        assertEquals(Optional.of(true), floor.metBy(Target.parse("大于 90").orElseThrow()));
        assertEquals(Optional.of(false), floor.metBy(Target.parse("80%").orElseThrow()));
        assertEquals(Optional.empty(), floor.metBy(Target.parse("90次").orElseThrow()));
        assertEquals(Optional.of(true), Target.parse("≤5 次").orElseThrow().metBy(Target.parse("0").orElseThrow()));
    }

    @Test
    void labelsTellColumnLineAndKey() {
        assertEquals("其他资金小计", Labels.scope("实际支出（其他资金小计）"));
        assertEquals("", Labels.scope("预算执行率(%)（合计）"));
        assertEquals("", Labels.scope("预算执行率(%)"));
        assertEquals("预算执行率", Labels.core("预算执行率(%)（合计）"));
        assertEquals("中央财政资金", Labels.core("其中：中央财政资金"));
        assertEquals(Labels.key("调整后预算金额"), Labels.key("调整后预算"));
        assertFalse(Labels.key("预算执行率(%)（中央级）").equals(Labels.key("预算执行率")));
        assertEquals("网络通讯费", Labels.line("网络通讯费 预算执行率", java.util.regex.Pattern.compile("预算执行率")));
    }

    @Test
    void gradeBandsWrittenOut() {
        GradeBands bands = GradeBands.parse("优=85, 良=75，中=60,差=0");
        assertEquals("优", bands.forScore(new BigDecimal("85")).orElseThrow().name());
        assertEquals(bands.forGrade("优秀"), bands.forScore(new BigDecimal("86.97")));
        assertEquals("良", bands.forScore(new BigDecimal("84.99")).orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> GradeBands.parse("优=85"));
        assertThrows(IllegalArgumentException.class, () -> GradeBands.parse("优=八十五,良=75"));
    }

    @Test
    void nationalGradeBandsIncludeTheirLowerBounds() {
        GradeBands bands = GradeBands.NATIONAL;
        assertEquals("优", bands.forScore(new BigDecimal("90")).orElseThrow().name());
        assertEquals("良", bands.forScore(new BigDecimal("89.99")).orElseThrow().name());
        assertEquals("差", bands.forScore(new BigDecimal("59.9")).orElseThrow().name());
        assertEquals(bands.forGrade("良好"), bands.forGrade("良"));
        assertTrue(bands.forGrade("甲等").isEmpty());
    }
}
