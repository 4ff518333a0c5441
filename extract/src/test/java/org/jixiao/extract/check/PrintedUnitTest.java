package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.MoneyUnit;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.ingest.LoadOptions;
import org.junit.jupiter.api.Test;

/** Money shown as the page prints it, with its unit; the record's JSON keeps 元. */
class PrintedUnitTest {

    @Test
    void anAmountReadsInThePrintedUnitWithTwoDecimalsAtLeast() {
        BigDecimal yuan = new BigDecimal("3568000.00");
        assertEquals("356.80万元", Printed.money(yuan, MoneyUnit.TEN_THOUSAND_YUAN));
        assertEquals("3,568,000.00元", Printed.money(yuan, MoneyUnit.YUAN));
        assertEquals("3,568,000.00", Printed.money(yuan, null), "no unit where the page states none");
        // nothing is rounded away: 356.8012 万元 has four decimals
        assertEquals("356.8012万元", Printed.money(new BigDecimal("3568012.00"), MoneyUnit.TEN_THOUSAND_YUAN));
        assertEquals("1,116.36万元", Printed.money(new BigDecimal("11163600"), MoneyUnit.TEN_THOUSAND_YUAN));
        assertEquals("0.05元", Printed.money(new BigDecimal("0.05"), MoneyUnit.YUAN));
        // a record's figure without a printed unit was read in 元
        assertEquals("3,568,000.00元", Printed.money(new Funding("项目资金", FundingKind.TOTAL, yuan, 1)));
    }

    @Test
    void theJsonKeepsYuanAndNamesThePrintedUnit() throws Exception {
        Funding funding = new Funding("项目投资总额", FundingKind.TOTAL, new BigDecimal("3100000.00"), 1,
                MoneyUnit.TEN_THOUSAND_YUAN);
        String json = RecordJson.toLine(funding);
        assertEquals("{\"label\":\"项目投资总额\",\"kind\":\"total\",\"amount_yuan\":\"3100000.00\",\"page\":1,"
                + "\"printed_unit\":\"万元\"}", json);
        assertEquals(funding, RecordJson.mapper().readValue(json, Funding.class));
        Funding unknown = new Funding("项目资金", FundingKind.TOTAL, new BigDecimal("5"), 1);
        assertTrue(!RecordJson.toLine(unknown).contains("printed_unit"), "left out where the page states no unit");
    }

    @Test
    void aFormIn10kYuanKeepsItsUnitAndItsFindingsSayItAsPrinted() throws Exception {
        Extraction extraction = Pipelines.standard().run(Corpus.dir().resolve("planted-target-2022-wanyuan.pdf"),
                LoadOptions.DEFAULT);
        DocumentRecord record = extraction.record();
        Funding total = record.projects().get(0).funding().stream().filter(f -> f.kind() == FundingKind.TOTAL)
                .findFirst().orElseThrow();
        assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, total.printedUnit());
        assertEquals(0, new BigDecimal("3100000").compareTo(total.amountYuan()), "the record keeps 元");
        List<Finding> sums = record.findings().stream().filter(f -> f.rule().equals("sum_mismatch")).toList();
        assertEquals("市级财政资金(项目投资总额) 300.00万元，而“项目投资总额”为 310.00万元", sums.get(0).message());
        assertEquals("3,000,000.00", sums.get(0).expected(), "expected and found stay in 元, as the contract says");
        assertTrue(sums.get(1).message().endsWith("= 202.30万元，而“合计”为 212.30万元"), sums.get(1).message());
    }

    @Test
    void aFormInYuanSaysYuan() throws Exception {
        DocumentRecord record = Pipelines.standard().run(Corpus.dir().resolve("shanghai-2021-targets.pdf"),
                LoadOptions.DEFAULT).record();
        Funding total = record.projects().get(0).funding().stream().filter(f -> f.kind() == FundingKind.TOTAL)
                .findFirst().orElseThrow();
        assertEquals(MoneyUnit.YUAN, total.printedUnit());
        assertEquals("23,157,700.00元", Printed.money(total));
    }
}
