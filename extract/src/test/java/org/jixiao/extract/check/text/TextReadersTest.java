package org.jixiao.extract.check.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.check.GradeBands;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.ingest.Box;
import org.junit.jupiter.api.Test;

class TextReadersTest {

    private static final Box BOX = new Box(0, 0, 1, 1);

    private static PageText text(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(new Block.LineBlock(new TextLine(7, BOX, line)));
        }
        return PageText.of(new DocumentLayout(blocks));
    }

    @Test
    void headingsStatePointsAndScores() {
        List<StatedScore> stated = StatedScoreReader.fromText(text(
                "  C 项目绩效（66 分，得 58.2 分）",
                "A1 项目立项（6 分）",
                "（一）产出指标（50分，实际得分45.5分）",
                "B3 组织实施（12 分，得",
                "11 分）",
                "满分 2 分，得 2 分。",
                "本项目（2018 年）预算 4,832,990.00 元"));
        assertEquals(4, stated.size(), stated::toString);
        assertEquals(new StatedScore("C项目绩效", new BigDecimal("66"), new BigDecimal("58.2"), 7,
                "C项目绩效(66分,得58.2分)", StatedScore.Origin.TEXT), stated.get(0));
        assertEquals("C", stated.get(0).code());
        assertNull(stated.get(1).score());
        assertEquals("产出指标", stated.get(2).label());
        assertEquals(new BigDecimal("45.5"), stated.get(2).score());
        assertEquals("B3组织实施", stated.get(3).label());
        assertEquals(new BigDecimal("11"), stated.get(3).score());
    }

    @Test
    void scoreTablesStateSubtotalsAndTotals() {
        String[][] rows = {
                {"一级指标", "三级指标", "权重", "目标值", "业绩值", "评分结果"},
                {"预算执行率", "预算执行率", "10", "", "", "3.10"},
                {"产出目标", "", "40", "", "", "40"},
                {"产出目标", "智能审核监控模块", "5", "≥6 次", "7", "5"},
                {"总计", "", "100", "", "", "93.1"},
                {"评价等级", "", "0", "", "", "优秀"}};
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(new Cell(r, c, 1, 1, 3, BOX, rows[r][c]));
            }
        }
        List<StatedScore> stated = StatedScoreReader.fromTable(new Table(3, BOX, rows.length, 6, cells),
                LabelClassifier.standard());
        assertEquals(List.of("预算执行率", "产出目标", "智能审核监控模块", "总计", "评价等级"),
                stated.stream().map(StatedScore::label).toList());
        assertTrue(stated.get(3).isTotal());
        assertEquals(new BigDecimal("93.1"), stated.get(3).score());
        assertNull(stated.get(4).score());
    }

    /**
     * A column of scoring rules between the points and the score (评分细则) is not the score, though
     * it speaks of 评分; the score column is the one headed 核查分数. The 总分 row's points span both.
     */
    @Test
    void aColumnOfScoringRulesIsNotTheScore() {
        List<Cell> cells = new ArrayList<>();
        String[] header = {"一级指标", "三级指标", "分值", "评分细则", "核查分数"};
        for (int c = 0; c < header.length; c++) {
            cells.add(new Cell(0, c, 1, 1, 4, BOX, header[c]));
        }
        String[] item = {"产出", "验收合格率", "8", "完全达到得8分，部分达到酌情扣分", "7"};
        for (int c = 0; c < item.length; c++) {
            cells.add(new Cell(1, c, 1, 1, 4, BOX, item[c]));
        }
        cells.add(new Cell(2, 0, 1, 2, 4, BOX, "总分"));
        cells.add(new Cell(2, 2, 1, 2, 4, BOX, "100"));
        cells.add(new Cell(2, 4, 1, 1, 4, BOX, "94.5"));
        List<StatedScore> stated = StatedScoreReader.fromTable(new Table(4, BOX, 3, 5, cells), LabelClassifier.standard());
        StatedScore total = stated.stream().filter(StatedScore::isTotal).findFirst().orElseThrow();
        assertEquals(new BigDecimal("100"), total.points());
        assertEquals(new BigDecimal("94.5"), total.score());
        assertEquals(new BigDecimal("7"), stated.get(0).score());
    }

    /** A stated figure OCR was unsure of (a 总分 of 100 read 10 at 0.55) states nothing to check against. */
    @Test
    void aFigureReadDoubtfullyIsNoStatement() {
        String[] header = {"一级指标", "分值", "得分"};
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            cells.add(new Cell(0, c, 1, 1, 4, BOX, header[c]));
        }
        cells.add(new Cell(1, 0, 1, 1, 4, BOX, "总分"));
        cells.add(new Cell(1, 1, 1, 1, 4, BOX, "10", false, false, 0.55f));
        cells.add(new Cell(1, 2, 1, 1, 4, BOX, "89.7", false, false, 0.93f));
        StatedScore total = StatedScoreReader.fromTable(new Table(4, BOX, 2, 3, cells), LabelClassifier.standard()).get(0);
        assertNull(total.points());
        assertEquals(new BigDecimal("89.7"), total.score());
    }

    @Test
    void gradeBandsTheDocumentStates() {
        GradeBands bands = GradeBandReader.read(text("评价结果分为四个等级：90分（含）以上为优秀，75（含）-90分为良好，",
                "60（含）-75分为合格，60分以下为不合格。")).orElseThrow();
        assertEquals("良好", bands.forScore(new BigDecimal("75")).orElseThrow().name());
        assertEquals("合格", bands.forScore(new BigDecimal("74.9")).orElseThrow().name());
        assertEquals("不合格", bands.forScore(new BigDecimal("10")).orElseThrow().name());

        GradeBands named = GradeBandReader.read(text("等级划分：优（90-100分）、良（80-89分）、中（60-79分）、差（0-59分）")).orElseThrow();
        assertEquals("良", named.forScore(new BigDecimal("85")).orElseThrow().name());
        assertTrue(GradeBandReader.read(text("本项目得分 89.7 分，绩效评级为良。")).isEmpty());
    }

    @Test
    void statedBandsAnswerToTheNationalSynonyms() {
        GradeBands bands = GradeBandReader.read(text("90分以上为优秀，80-90分为良好，60分以下为差。")).orElseThrow()
                .withSynonymsFrom(GradeBands.NATIONAL);
        assertEquals(bands.forGrade("良"), bands.forScore(new BigDecimal("89.7")));
        assertEquals(bands.forGrade("“优”"), bands.forScore(new BigDecimal("90")));
    }

    @Test
    void sentencesThatStateTheTotalAndGrade() {
        List<StatedEvaluation> stated = StatedEvaluationReader.read(text(
                "最终评分结果：医疗保障信息系统开发及维护资金项目绩效自评价结果为:总得分 93.10 分，属于\"优秀\"。",
                "最终评分结果为 89.7 分，绩效评级为良。各部分得分情况见下表：",
                "指标体系总分 100 分，满分 2 分，得 2 分。"));
        assertEquals(List.of(new StatedEvaluation(new BigDecimal("93.10"), "优秀", 7),
                new StatedEvaluation(new BigDecimal("89.7"), "良", 7)), stated);
    }

    @Test
    void proportionalScoresTheTextStates() {
        List<ProportionalScore> scores = ProportionalScoreReader.read(text(
                "C24 管理单位满意度",
                "通过对项目单位处室的访谈调查判断项目单位对第三方服务单位满意度，满意度",
                "在 65%及以上的按公式计算：满意度得分=满意度/100%×5；满意度在 65%以下的不",
                "得分。综合满意度约 98%，满分 5 分，得 4.9 分。",
                "C25 系统操作便捷性及流畅度",
                "综合满意度约 95%，满分 4 分，得 3.8 分。"));
        assertEquals(List.of(new ProportionalScore("C24管理单位满意度", "满意度", new BigDecimal("5"), new BigDecimal("65"),
                new BigDecimal("98"), new BigDecimal("5"), new BigDecimal("4.9"), 7)), scores);
    }

    @Test
    void executionRateScoringWithItsThreshold() {
        ExecutionRateScoring scoring = ExecutionRateScoring.read(text(
                "本次绩效评价对象实际支出金额 4,547,507.00 元，预算执行率 99.81%。预算执",
                "行率在 75%及以上的按公式计算：预算执行率得分=实际预算执行率/100%×4；完成",
                "率在 75%以下的不得分。")).orElseThrow();
        assertEquals(new BigDecimal("75"), scoring.threshold());
        assertEquals(new BigDecimal("60"), ExecutionRateScoring.read(text("预算执行率得分=执行率×10，执行率在60%以下不得分")).orElseThrow().threshold());
        assertTrue(ExecutionRateScoring.read(text("预算执行率 99.81%。")).isEmpty());
    }
}
