package org.jixiao.extract.form;

import static org.jixiao.extract.form.HandDrawn.row;
import static org.jixiao.extract.form.HandDrawn.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Rate;
import org.junit.jupiter.api.Test;

class FundingTableReaderTest {

    private final FundingTableReader reader = new FundingTableReader(LabelClassifier.standard());

    private Map<FundingKind, BigDecimal> amounts(Table table, String caption) {
        Map<FundingKind, BigDecimal> amounts = new LinkedHashMap<>();
        reader.read(table, 0, caption, Set.of()).funding()
                .forEach(fact -> amounts.putIfAbsent(fact.funding().kind(), fact.funding().amountYuan()));
        return amounts;
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " ≠ " + actual);
    }

    @Test
    void aLineOfKindsTakesTheUnitOfItsCaption() {
        Table table = table(1,
                row("年初预算", "全年预算", "资金到位", "实际支出", "资金结余", "预算执行率"),
                row("2171.00", "2171.00", "2171.00", "2103.76", "67.24", "92.90%"));
        Map<FundingKind, BigDecimal> amounts = amounts(table, "单位：万元");
        assertAmount("21710000", amounts.get(FundingKind.BUDGET));
        assertAmount("21037600", amounts.get(FundingKind.SPENT));
        assertAmount("672400", amounts.get(FundingKind.BALANCE));
        FundingTableReader.Reading reading = reader.read(table, 0, "单位：万元", Set.of());
        assertEquals(Rate.Kind.EXECUTION_RATE, reading.rates().get(0).rate().kind());
        assertEquals(0, new BigDecimal("92.90").compareTo(reading.rates().get(0).rate().valuePercent()));
    }

    @Test
    void aColumnHeadersUnitIsNearerThanTheCaptions() {
        Table table = table(1,
                row("项目", "金额(元)"),
                row("年初预算数", "1,234,567.00"),
                row("实际支出", "1,200,000.00"));
        Map<FundingKind, BigDecimal> amounts = amounts(table, "单位：万元");
        assertAmount("1234567", amounts.get(FundingKind.BUDGET));
        assertAmount("1200000", amounts.get(FundingKind.SPENT));
    }

    @Test
    void aSourcesBlockReadsEachLineUnderItsLabelInTheUnitOfTheBlock() {
        Table table = table(1,
                row("项目名称", "医疗救助资金", "<"),
                row("项目资金(万元)", "年度资金总额", "2717.75"),
                row("^", "其中：中央补助资金", "673.67"),
                row("^", "市级财政资金", "1538.16"),
                row("^", "上年结转", "334.53"),
                row("^", "其他资金", "171.39"));
        Map<FundingKind, BigDecimal> amounts = amounts(table, "");
        assertAmount("27177500", amounts.get(FundingKind.ANNUAL));
        assertAmount("6736700", amounts.get(FundingKind.CENTRAL));
        assertAmount("15381600", amounts.get(FundingKind.MUNICIPAL));
        assertAmount("3345300", amounts.get(FundingKind.CARRYOVER));
        assertAmount("1713900", amounts.get(FundingKind.OTHER));
    }

    /**
     * The budget law's rows of a sources block: 一般公共预算拨款 and 政府性基金预算拨款 are fiscal money,
     * income kept in (or outside) the finance bureau's special account is the project's other money,
     * though its label speaks of 财政.
     */
    @Test
    void incomeOfTheSpecialAccountIsOtherMoneyNotFiscal() {
        Table table = table(1,
                row("项目名称", "公路危桥改造", "<"),
                row("项目资金(元)", "年度资金总额", "9,000,000.00"),
                row("^", "其中：一般公共预算拨款", "6,000,000.00"),
                row("^", "政府性基金预算拨款", "1,500,000.00"),
                row("^", "上年结转", "0.00"),
                row("^", "未纳入财政专户管理的收入", "1,500,000.00"));
        FundingTableReader.Reading reading = reader.read(table, 0, "", Set.of());
        Map<BigDecimal, FundingKind> kinds = new LinkedHashMap<>();
        reading.funding().forEach(fact -> kinds.putIfAbsent(fact.funding().amountYuan().stripTrailingZeros(),
                fact.funding().kind()));
        assertEquals(FundingKind.FISCAL, kinds.get(new BigDecimal("6000000").stripTrailingZeros()));
        // 1,500,000.00 twice: the government funds' line first, then the special account's, each its own kind
        assertEquals(2, reading.funding().stream().filter(f -> f.funding().amountYuan().compareTo(new BigDecimal("1500000")) == 0)
                .map(f -> f.funding().kind()).distinct().count());
        assertEquals(Set.of(FundingKind.FISCAL, FundingKind.OTHER), reading.funding().stream()
                .filter(f -> f.funding().amountYuan().compareTo(new BigDecimal("1500000")) == 0)
                .map(f -> f.funding().kind()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(FundingKind.OTHER, LabelClassifier.standard().classify(LabelClassifier.standard().config().funding(),
                "纳入财政专户管理的收入").orElse(null));
    }
}
