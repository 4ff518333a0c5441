package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.ingest.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatedAmountReaderTest {

    private static final Box BOX = new Box(0, 0, 1, 1);

    @Test
    void amountsRestatedUnderAFundingLabelAreReadInYuanAndALongerLabelIsNotAShorterOne() {
        List<StatedAmount> amounts = read(LabelClassifier.standard(), line(2,
                "本项目年度资金总额20,707,700.00元，年初预算为94.18万元，部分采购延期执行金额50,000.00元。"));
        assertEquals(List.of("年度资金总额", "年初预算"), amounts.stream().map(StatedAmount::label).toList());
        assertEquals(0, new BigDecimal("20707700.00").compareTo(amounts.get(0).yuan()));
        assertEquals(0, new BigDecimal("941800").compareTo(amounts.get(1).yuan()));
        assertEquals(FundingKind.ANNUAL, amounts.get(0).kind());
        assertEquals(2, amounts.get(0).page());
    }

    @Test
    void aSentenceWrappedOverLinesIsOneAndStandsWhereItStarts() {
        List<StatedAmount> amounts = read(LabelClassifier.standard(), line(1, "一、项目概况"),
                line(1, "本项目实施期资金总额 1,200.50"), line(1, "万元，主要用于设备购置。"));
        assertEquals(1, amounts.size());
        assertEquals(0, new BigDecimal("12005000").compareTo(amounts.get(0).yuan()));
        assertEquals(new Position(1, 0), amounts.get(0).position());
    }

    @Test
    void aProseCellOfAFormStandsInItsRow() {
        Cell label = new Cell(0, 0, 1, 1, 3, BOX, "项目概况");
        Cell prose = new Cell(4, 1, 1, 3, 3, BOX, "本项目年度资金总额2249.00万元，主要用于日常管理、运行维护等。");
        List<StatedAmount> amounts = read(LabelClassifier.standard(), line(3, "申报表"),
                new Block.TableBlock(new Table(3, BOX, 5, 4, List.of(label, prose))));
        assertEquals(List.of(new Position(1, 4)), amounts.stream().map(StatedAmount::position).toList());
        assertEquals(3, amounts.get(0).page());
    }

    @Test
    void sourcesOfFundsAndShortWordsAreNotRestatements() {
        assertTrue(read(LabelClassifier.standard(),
                line(1, "财政资金支出数120.00万元，预算数100万元，结余5万元，财政拨款80万元。")).isEmpty());
    }

    @Test
    void aProvinceOwnLabelIsReadToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, "funding\tannual\t本年度经费总额\n");
        LabelConfig own = LabelConfig.load(file);
        Block sentence = line(1, "本项目本年度经费总额120.00万元。");
        assertTrue(read(LabelClassifier.standard(), sentence).isEmpty());
        List<StatedAmount> amounts = read(new LabelClassifier(own, FiscalSegmenter.withVocabulary(own.allVariants())),
                sentence);
        assertEquals(FundingKind.ANNUAL, amounts.get(0).kind());
    }

    @Test
    void halfAUnitOfTheLastPrintedPlace() {
        assertEquals(0, new BigDecimal("500").compareTo(stated("2070.8万元").halfUnitYuan()));
        assertEquals(0, new BigDecimal("0.005").compareTo(stated("20,707,700.00元").halfUnitYuan()));
    }

    private static StatedAmount stated(String printed) {
        return new StatedAmount("年度资金总额", FundingKind.ANNUAL, printed, BigDecimal.ONE, 1, new Position(0, 0));
    }

    private static Block line(int page, String text) {
        return new Block.LineBlock(new TextLine(page, BOX, text));
    }

    private static List<StatedAmount> read(LabelClassifier labels, Block... blocks) {
        return StatedAmountReader.read(new DocumentLayout(List.of(blocks)), labels);
    }
}
