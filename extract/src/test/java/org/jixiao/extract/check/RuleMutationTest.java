package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.junit.jupiter.api.Test;

/**
 * For each rule: a consistent record from a sample's truth is silent; one figure changed makes that
 * rule, and no other, fire once; the figure restored, silence again.
 */
class RuleMutationTest {

    private static final DocumentLayout NO_TEXT = Layouts.of();

    private static final DocumentRecord SHANGHAI = Corpus.truth("shanghai-2018-yibao-evaluation.truth.json").withFindings(List.of());
    private static final DocumentRecord SELFEVAL = Corpus.truth("selfeval-2021-yibao-info.truth.json");
    private static final DocumentRecord XINZHOU = Corpus.truth("xinzhou-2023-targets.truth.json");
    private static final DocumentRecord SUZHOU = Corpus.truth("suzhou-2021-zhihuiyibao-target.truth.json");
    /** The central self-evaluation form: 年度资金总额 by 年初预算数 / 全年预算数 / 全年执行数 / 执行率. */
    private static final DocumentRecord NANSHAN = Corpus.truth("nanshan-2022-jiaotong-selfeval.truth.json");
    /** The self-evaluation without its total: changing one score then breaks only the rule at stake. */
    private static final DocumentRecord SELFEVAL_UNSCORED = Records.withEvaluation(SELFEVAL, null);
    private static final DocumentRecord SHANGHAI_UNSCORED = Records.withEvaluation(SHANGHAI, null);

    static List<Finding> check(DocumentRecord record, DocumentLayout layout) {
        return RuleEngine.standard().check(new Extraction(record, layout));
    }

    static Finding firesOnce(RuleId rule, DocumentRecord record, DocumentLayout layout) {
        List<Finding> findings = check(record, layout);
        assertEquals(1, findings.size(), () -> "expected one " + rule.code() + ", got " + findings);
        assertEquals(rule.code(), findings.get(0).rule(), findings::toString);
        assertEquals(rule.severity(), findings.get(0).severity());
        return findings.get(0);
    }

    static void silent(DocumentRecord record, DocumentLayout layout) {
        List<Finding> findings = check(record, layout);
        assertTrue(findings.isEmpty(), findings::toString);
    }

    @Test
    void executionRate() {
        silent(SHANGHAI, NO_TEXT);
        Finding finding = firesOnce(RuleId.EXECUTION_RATE, Records.withRate(SHANGHAI, "预算执行率", "98.50"), NO_TEXT);
        assertEquals("执行金额 4,547,507.00 ÷ 调整后预算 4,556,085.00 = 99.81%，而“预算执行率”为 98.50%", finding.message());
        assertEquals("99.81", finding.expected());
        assertEquals("98.50", finding.found());
        assertEquals(8, finding.page());
        assertEquals(List.of("执行金额", "调整后预算", "预算执行率"), finding.labels());
        silent(Records.withRate(SHANGHAI, "预算执行率", "99.81"), NO_TEXT);
    }

    @Test
    void executionRateToleranceFollowsThePrintedPrecision() {
        // 4,547,507 ÷ 4,556,085 = 99.8117…%: 99.81 and 99.8 and 100 all round it; 99.80 and 99.82 do not
        for (String printed : List.of("99.81", "99.8", "100", "99.812")) {
            silent(Records.withRate(SHANGHAI, "预算执行率", printed), NO_TEXT);
        }
        for (String printed : List.of("99.80", "99.82", "99.5", "99.811")) {
            firesOnce(RuleId.EXECUTION_RATE, Records.withRate(SHANGHAI, "预算执行率", printed), NO_TEXT);
        }
    }

    @Test
    void executionRateOfEachColumnAndOfTheOtherRates() {
        silent(SELFEVAL, NO_TEXT);
        firesOnce(RuleId.EXECUTION_RATE, Records.withRate(SELFEVAL, "预算执行率(%)（合计）", "31.40"), NO_TEXT);
        firesOnce(RuleId.EXECUTION_RATE, Records.withRate(SELFEVAL, "资金实际支出率(%)（合计）", "95"), NO_TEXT);
        firesOnce(RuleId.EXECUTION_RATE, Records.withRate(SELFEVAL, "资金到位率(%)（合计）", "90"), NO_TEXT);
        // no figures of the 中央级 column: the rule says nothing, whatever the rate
        silent(Records.withRate(SELFEVAL, "预算执行率(%)（中央级）", "50"), NO_TEXT);
    }

    @Test
    void executionRateOfAMatrixRow() {
        silent(NANSHAN, NO_TEXT);
        Finding finding = firesOnce(RuleId.EXECUTION_RATE, Records.withRate(NANSHAN, "年度资金总额(执行率)", "96.00"), NO_TEXT);
        assertEquals("年度资金总额(全年执行数) 4,560,000.00 ÷ 年度资金总额(全年预算数) 4,800,000.00 = 95.00%，而“年度资金总额(执行率)”为 96.00%",
                finding.message());
        DocumentRecord printedAsALine = Records.withRate(Records.project(NANSHAN, 0, p -> new ProjectRecord(p.name(),
                p.department(), p.implementingUnit(), p.funding(), List.of(new Rate("年度资金总额 执行率",
                Rate.Kind.EXECUTION_RATE, new BigDecimal("95.00"), 1)), p.subItems(), p.indicators(), p.evaluation())),
                "年度资金总额 执行率", "96.00");
        firesOnce(RuleId.EXECUTION_RATE, printedAsALine, NO_TEXT);
        DocumentRecord unscored = Records.withEvaluation(NANSHAN, null);
        firesOnce(RuleId.SCORE_FORMULA, Records.withIndicator(unscored, 0, "执行率", i -> Records.score(i, "8.50")), NO_TEXT);
    }

    @Test
    void executionRateOfABreakdownLine() {
        DocumentRecord lines = Records.withSubItemAmounts(SHANGHAI, "系统设备运行维护", Map.of(
                FundingKind.ADJUSTMENT, new BigDecimal("276905.00"),
                FundingKind.ADJUSTED_BUDGET, new BigDecimal("2500725.00"),
                FundingKind.SPENT, new BigDecimal("2492147.00")));
        silent(lines, NO_TEXT);
        Finding finding = firesOnce(RuleId.EXECUTION_RATE, Records.withRate(lines, "系统设备运行维护 预算执行率", "96.66"), NO_TEXT);
        assertEquals("99.66", finding.expected());
    }

    @Test
    void executionRateInTenThousandYuanAllowsForTheRoundingOfItsFigures() {
        // 1.23 万元 ÷ 4.56 万元 as printed is 26.97%; the true figures behind them give 26.8%–27.1%
        DocumentRecord record = Records.withRate(
                Records.withAmount(Records.withAmount(SHANGHAI, "执行金额", "12300.00"), "调整后预算", "45600.00"),
                "预算执行率", "27.00");
        record = Records.withAmount(Records.withAmount(record, "年初预算", "48600.00"), "调整金额", "3000.00");
        DocumentLayout inTenThousands = Layouts.of(Layouts.line(8, "单位：万元"));
        silent(record, inTenThousands);
        firesOnce(RuleId.EXECUTION_RATE, record, NO_TEXT);
        firesOnce(RuleId.EXECUTION_RATE, Records.withRate(record, "预算执行率", "28.00"), inTenThousands);
    }

    @Test
    void sumMismatchOfSourcesOfFunds() {
        silent(XINZHOU, NO_TEXT);
        Finding finding = firesOnce(RuleId.SUM_MISMATCH, Records.withAmount(XINZHOU, "实施期资金总额", "1100000.00"), NO_TEXT);
        assertEquals("1,000,000.00", finding.expected());
        assertEquals("1,100,000.00", finding.found());
        assertEquals(1, finding.page());
        silent(SUZHOU, NO_TEXT);
        firesOnce(RuleId.SUM_MISMATCH, Records.withAmount(SUZHOU, "合计（本年度计划数）", "20423800.00"), NO_TEXT);
        silent(Records.withAmount(SUZHOU, "合计（本年度计划数）", "20323800.00"), NO_TEXT);
    }

    @Test
    void sumMismatchOfATableTotalRow() {
        String[] header = {"项目内容", "年初预算", "调整金额", "调整后预算", "执行金额", "预算执行率"};
        String[] total = {"合计", "4,832,990.00", "276,905.00", "4,556,085.00", "4,547,507.00", "99.81%"};
        DocumentLayout consistent = Layouts.of(Layouts.table(8, header,
                new String[] {"系统设备运行维护", "2,777,630.00", "276,905.00", "2,500,725.00", "2,492,147.00", "99.66%"},
                new String[] {"网络通讯费", "2,055,360.00", "-", "2,055,360.00", "2,055,360.00", "100%"}, total));
        silent(SHANGHAI, consistent);
        DocumentLayout planted = Layouts.of(Layouts.table(8, header,
                new String[] {"系统设备运行维护", "2,777,630.00", "276,905.00", "2,500,725.00", "2,492,147.00", "99.66%"},
                new String[] {"网络通讯费", "2,055,360.00", "-", "2,055,360.00", "2,045,360.00", "100%"}, total));
        Finding finding = firesOnce(RuleId.SUM_MISMATCH, SHANGHAI, planted);
        assertEquals("执行金额：系统设备运行维护 2,492,147.00 + 网络通讯费 2,045,360.00 = 4,537,507.00，而“合计”为 4,547,507.00",
                finding.message());
    }

    @Test
    void sumMismatchOfTheSourcesUnderAnAnnualTotal() {
        silent(NANSHAN, Layouts.of(fundBlock("456.00")));
        Finding finding = firesOnce(RuleId.SUM_MISMATCH, NANSHAN, Layouts.of(fundBlock("446.00")));
        assertEquals("全年执行数：其中:当年财政拨款 446.00 + 上年结转资金 0.00 + 其他资金 0.00 = 446.00万元，而“年度资金总额”为 456.00万元",
                finding.message());
        assertEquals("4,460,000.00", finding.expected());
        assertEquals("4,560,000.00", finding.found());
    }

    /**
     * Fiscal money on two lines of the budget law's own (一般公共预算拨款, 政府性基金预算拨款): both
     * are sources of the annual total; a 财政拨款 line that is their sum stands for them.
     */
    @Test
    void sumMismatchAddsEveryLineOfAKind() {
        List<Funding> lines = List.of(
                fund("其中:一般公共预算拨款", FundingKind.FISCAL, "6000000"),
                fund("政府性基金预算拨款", FundingKind.FISCAL, "1500000"),
                fund("上年结转", FundingKind.CARRYOVER, "0"),
                fund("未纳入财政专户管理的收入", FundingKind.OTHER, "1500000"));
        silent(withFunding(XINZHOU, fund("年度资金总额", FundingKind.ANNUAL, "9000000"), lines), NO_TEXT);
        Finding finding = firesOnce(RuleId.SUM_MISMATCH,
                withFunding(XINZHOU, fund("年度资金总额", FundingKind.ANNUAL, "9400000"), lines), NO_TEXT);
        assertEquals("9,000,000.00", finding.expected());
        List<Funding> withSubtotal = new ArrayList<>(lines);
        withSubtotal.add(0, fund("财政拨款", FundingKind.FISCAL, "7500000"));
        silent(withFunding(XINZHOU, fund("年度资金总额", FundingKind.ANNUAL, "9000000"), withSubtotal), NO_TEXT);
    }

    private static Funding fund(String label, FundingKind kind, String yuan) {
        return new Funding(label, kind, new BigDecimal(yuan), 1);
    }

    /** The first project with only the given funding: a total, then its lines. */
    private static DocumentRecord withFunding(DocumentRecord record, Funding total,
                                              List<Funding> lines) {
        List<Funding> funding = new ArrayList<>(List.of(total));
        funding.addAll(lines);
        return Records.project(record, 0, p -> new ProjectRecord(p.name(), p.department(),
                p.implementingUnit(), funding, p.rates(), p.subItems(), p.indicators(), p.evaluation()));
    }

    /** The fund block of the central self-evaluation form, in 万元. */
    private static org.jixiao.extract.layout.Block fundBlock(String spentFromTheBudget) {
        return Layouts.table(1,
                new String[] {"项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                new String[] {"项目资金(万元)", "年度资金总额", "500.00", "480.00", "456.00", "10", "95.00%", "9.50"},
                new String[] {"项目资金(万元)", "其中:当年财政拨款", "500.00", "480.00", spentFromTheBudget, "-", "-", "-"},
                new String[] {"项目资金(万元)", "上年结转资金", "0.00", "0.00", "0.00", "-", "-", "-"},
                new String[] {"项目资金(万元)", "其他资金", "0.00", "0.00", "0.00", "-", "-", "-"},
                new String[] {"年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""});
    }

    @Test
    void aSumFoundInTheRecordAndInItsTableIsOneFinding() {
        String[][] block = {
                {"实施期资金总额:", "1,000,000", "年度资金总额:", "1,000,000"},
                {"其中:中央财政资金", "0", "其中:中央财政资金", "0"},
                {"省级财政资金", "0", "省级财政资金", "0"},
                {"市县(区)财政资金", "1,000,000", "市县(区)财政资金", "1,000,000"},
                {"单位自筹", "0", "单位自筹", "0"},
                {"项目概况", "对统筹地区医疗保障部门按照查实的欺诈骗保金额计算举报奖励奖金。", "", ""}};
        silent(XINZHOU, Layouts.of(Layouts.table(1, block)));
        block[0][1] = "1,100,000";
        Finding finding = firesOnce(RuleId.SUM_MISMATCH, Records.withAmount(XINZHOU, "实施期资金总额", "1100000.00"),
                Layouts.of(Layouts.table(1, block)));
        assertEquals(List.of("实施期资金总额", "其中:中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹"),
                finding.labels());
    }

    @Test
    void scoreSumAgainstTheSubtotalsTheTextStates() {
        DocumentLayout consistent = Layouts.of(Layouts.line(23, "C1 项目产出（24 分，得 22.5 分）"));
        silent(SHANGHAI, consistent);
        Finding finding = firesOnce(RuleId.SCORE_SUM, SHANGHAI, Layouts.of(Layouts.line(23, "C1 项目产出（24 分，得 21.5 分）")));
        assertEquals("C1项目产出: 各指标得分之和 3+3+2+2+5.5+4+3 = 22.5，正文写“得 21.5 分”", finding.message());
        firesOnce(RuleId.SCORE_SUM, SHANGHAI, Layouts.of(Layouts.line(23, "C1 项目产出（25 分，得 22.5 分）")));
    }

    @Test
    void scoreSumAgainstASummaryTableAndTheTotal() {
        String[] header = {"一级指标", "分值", "得分"};
        DocumentLayout consistent = Layouts.of(Layouts.table(19, header, new String[] {"A 项目决策", "10", "10"},
                new String[] {"B 项目管理", "24", "22"}, new String[] {"C 项目绩效", "66", "57.7"},
                new String[] {"总分", "100", "89.7"}));
        silent(SHANGHAI, consistent);
        DocumentLayout planted = Layouts.of(Layouts.table(19, header, new String[] {"A 项目决策", "10", "10"},
                new String[] {"B 项目管理", "24", "23"}, new String[] {"C 项目绩效", "66", "57.7"},
                new String[] {"总分", "100", "89.7"}));
        assertEquals(19, firesOnce(RuleId.SCORE_SUM, SHANGHAI, planted).page());
        firesOnce(RuleId.SCORE_SUM, Records.withEvaluation(SHANGHAI, new Evaluation("88.7", "良")), NO_TEXT);
    }

    /** A score OCR was unsure of (marked in the record) is no evidence: the sum it is part of is not known. */
    @Test
    void scoreSumSaysNothingWhereAnIndicatorsScoreWasReadDoubtfully() {
        Indicator first = SHANGHAI.projects().get(0).indicators().get(0);
        String lower = new java.math.BigDecimal(first.score()).subtract(java.math.BigDecimal.ONE).toPlainString();
        DocumentRecord misread = Records.withIndicator(SHANGHAI, 0, first.deepestLevel(), i -> Records.score(i, lower));
        assertTrue(check(misread, NO_TEXT).stream().anyMatch(f -> f.rule().equals(RuleId.SCORE_SUM.code())));
        DocumentRecord marked = Records.withIndicator(misread, 0, first.deepestLevel(), i -> new Indicator(i.level1(),
                i.level2(), i.level3(), i.level4(), i.target(), i.actual(), i.weight(), i.score(), i.period(), i.page(),
                List.of("score")));
        assertTrue(check(marked, NO_TEXT).stream().noneMatch(f -> f.rule().equals(RuleId.SCORE_SUM.code())));
    }

    /** A 总分 row that falls on the page after the last indicator: the finding is on the total's page. */
    @Test
    void scoreSumAgainstTheTotalIsReportedWhereTheTotalIsPrinted() {
        List<Indicator> indicators = SHANGHAI.projects().get(0).indicators();
        int lastIndicatorPage = indicators.get(indicators.size() - 1).page();
        Finding finding = firesOnce(RuleId.SCORE_SUM,
                Records.withEvaluation(SHANGHAI, new Evaluation("88.7", "良", lastIndicatorPage + 1)), NO_TEXT);
        assertEquals(lastIndicatorPage + 1, finding.page());
    }

    @Test
    void scoreSumInABundleOfFormsBelongsToTheFormOnThatPage() {
        DocumentRecord bundle = Records.withCopyOfFirstProject(SELFEVAL, "第二个项目", 3);
        String[] header = {"一级指标", "三级指标", "权重", "目标值", "业绩值", "评分结果"};
        silent(bundle, Layouts.of(Layouts.table(6, header, new String[] {"产出目标", "", "40", "", "", "40"})));
        Finding finding = firesOnce(RuleId.SCORE_SUM, bundle,
                Layouts.of(Layouts.table(6, header, new String[] {"产出目标", "", "40", "", "", "39"})));
        assertEquals("第二个项目", finding.project());
        assertEquals(6, finding.page());
        // a subtotal on a page of neither form cannot be placed: nothing is said
        silent(bundle, Layouts.of(Layouts.table(9, header, new String[] {"产出目标", "", "40", "", "", "39"})));
    }

    @Test
    void scoreFormulaOfTheExecutionRateIndicator() {
        silent(SELFEVAL_UNSCORED, NO_TEXT);
        Finding finding = firesOnce(RuleId.SCORE_FORMULA,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "预算执行率", i -> Records.score(i, "4.10")), NO_TEXT);
        assertEquals("3.10", finding.expected());
        assertEquals(3, finding.page());
        silent(Records.withIndicator(SELFEVAL_UNSCORED, 0, "预算执行率", i -> Records.score(i, "3.1")), NO_TEXT);
    }

    @Test
    void scoreFormulaTheDocumentStatesWithItsThreshold() {
        DocumentLayout formula = Layouts.of(Layouts.line(21,
                "预算执行率在 75%及以上的按公式计算：预算执行率得分=实际预算执行率/100%×4；完成率在 75%以下的不得分。"));
        silent(SHANGHAI_UNSCORED, formula);
        // without the stated rule an evaluation report is not held to the national formula
        silent(Records.withIndicator(SHANGHAI_UNSCORED, 0, "B11预算执行率", i -> Records.score(i, "3")), NO_TEXT);
        firesOnce(RuleId.SCORE_FORMULA,
                Records.withIndicator(SHANGHAI_UNSCORED, 0, "B11预算执行率", i -> Records.score(i, "3")), formula);
        DocumentRecord belowThreshold = Records.withRate(Records.withAmount(SHANGHAI_UNSCORED, "执行金额", "3000000.00"),
                "预算执行率", "65.85");
        Finding finding = firesOnce(RuleId.SCORE_FORMULA, belowThreshold, formula);
        assertEquals("0.00", finding.expected());
    }

    @Test
    void scoreFormulaTheTextStatesForAnIndicator() {
        silent(SHANGHAI, satisfactionSection("得 9 分"));
        Finding finding = firesOnce(RuleId.SCORE_FORMULA, SHANGHAI, satisfactionSection("得 8 分"));
        assertEquals("C23系统使用者满意度: 满意度得分 = 90% × 10 = 9，正文写“得 8 分”", finding.message());
        assertEquals(24, finding.page());
    }

    private static DocumentLayout satisfactionSection(String scored) {
        return Layouts.of(Layouts.line(24, "C23 系统使用者满意度"),
                Layouts.line(24, "通过对系统使用对象（定点医疗机构）的问卷调查判断系统使用对象对系统使用"),
                Layouts.line(24, "满意度，满意度在 65%及以上的按公式计算：满意度得分=满意度/100%×10；满意度"),
                Layouts.line(24, "在 65%以下的不得分。综合满意度约 90%，满分 10 分，" + scored + "。"),
                Layouts.line(25, "C24 管理单位满意度"));
    }

    @Test
    void balance() {
        silent(SHANGHAI, NO_TEXT);
        Finding finding = firesOnce(RuleId.BALANCE, Records.withAmount(SHANGHAI, "调整金额", "277905.00"), NO_TEXT);
        assertEquals("年初预算 4,832,990.00 − 调整金额 277,905.00 = 4,555,085.00，而“调整后预算”为 4,556,085.00",
                finding.message());
        silent(SELFEVAL, NO_TEXT);
        firesOnce(RuleId.BALANCE, Records.withAmount(SELFEVAL, "资金结余（合计）", "100.00"), NO_TEXT);
    }

    @Test
    void conflictingFigure() {
        Funding again = new Funding("年初预算", FundingKind.BUDGET, new BigDecimal("4832990.00"), 21);
        silent(Records.withFunding(SHANGHAI, again), NO_TEXT);
        Finding finding = firesOnce(RuleId.CONFLICTING_FIGURE, Records.withFunding(SHANGHAI,
                new Funding("年初预算", FundingKind.BUDGET, new BigDecimal("4833990.00"), 21)), NO_TEXT);
        assertEquals("“年初预算”在第 8 页为 4,832,990.00，在第 21 页为 4,833,990.00", finding.message());

        Rate rate = new Rate("预算执行率", Rate.Kind.EXECUTION_RATE, new BigDecimal("0"), 3);
        silent(Records.withExtraRate(SUZHOU, rate), NO_TEXT);
        firesOnce(RuleId.CONFLICTING_FIGURE,
                Records.withExtraRate(SUZHOU, new Rate("预算执行率", Rate.Kind.EXECUTION_RATE, new BigDecimal("5"), 3)), NO_TEXT);

        silent(SHANGHAI, Layouts.of(Layouts.line(18, "绩效评级为良。")));
        firesOnce(RuleId.CONFLICTING_FIGURE, SHANGHAI, Layouts.of(Layouts.line(18, "绩效评级为优。")));
    }

    @Test
    void gradeMismatch() {
        silent(SELFEVAL, NO_TEXT);
        Finding finding = firesOnce(RuleId.GRADE_MISMATCH, Records.withEvaluation(SELFEVAL, new Evaluation("93.1", "良好")), NO_TEXT);
        assertEquals("优", finding.expected());
        assertEquals("良好", finding.found());
        silent(SHANGHAI, Layouts.of(Layouts.line(18, "最终评分结果为 89.7 分，绩效评级为良。")));
        firesOnce(RuleId.GRADE_MISMATCH, SHANGHAI_UNSCORED, Layouts.of(Layouts.line(18, "最终评分结果为 89.7 分，绩效评级为优。")));
    }

    @Test
    void theDocumentsOwnBandsWinOverTheConfiguredOnes() {
        DocumentRecord graded = Records.withEvaluation(SELFEVAL, new Evaluation("93.1", "良好"));
        firesOnce(RuleId.GRADE_MISMATCH, graded, NO_TEXT);
        silent(graded, Layouts.of(Layouts.line(2, "评价结果：95分（含）以上为优秀，80（含）-95分为良好，60分以下为不合格。")));
        GradeBands province = new GradeBands(List.of(new GradeBands.Band(new BigDecimal("95"), List.of("优", "优秀")),
                new GradeBands.Band(new BigDecimal("80"), List.of("良", "良好")),
                new GradeBands.Band(BigDecimal.ZERO, List.of("差", "不合格"))));
        assertTrue(RuleEngine.standard(CheckConfig.NATIONAL.withGradeBands(province))
                .check(new Extraction(graded, NO_TEXT)).isEmpty());
    }

    @Test
    void scoreExceedsWeight() {
        silent(SELFEVAL_UNSCORED, NO_TEXT);
        firesOnce(RuleId.SCORE_EXCEEDS_WEIGHT,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "系统安全等级测评", i -> Records.score(i, "6")), NO_TEXT);
    }

    @Test
    void indicatorScore() {
        firesOnce(RuleId.INDICATOR_SCORE,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "智能审核监控模块", i -> Records.actual(i, "5")), NO_TEXT);
        DocumentRecord missed = Records.withIndicator(SELFEVAL_UNSCORED, 0, "智能审核监控模块",
                i -> Records.score(Records.actual(i, "5"), "4.17"));
        silent(missed, NO_TEXT);
        firesOnce(RuleId.INDICATOR_SCORE, Records.withIndicator(missed, 0, "智能审核监控模块", i -> Records.score(i, "3")), NO_TEXT);
        firesOnce(RuleId.INDICATOR_SCORE,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "系统故障修复平均时间", i -> Records.score(i, "4")), NO_TEXT);
    }

    @Test
    void targetExceeded() {
        firesOnce(RuleId.TARGET_EXCEEDED,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "智能审核监控模块", i -> Records.actual(i, "8")), NO_TEXT);
        CheckConfig off = CheckConfig.NATIONAL.withOverTargetRatio(null);
        DocumentRecord record = Records.withIndicator(SELFEVAL_UNSCORED, 0, "智能审核监控模块", i -> Records.actual(i, "8"));
        assertTrue(RuleEngine.standard(off).check(new Extraction(record, NO_TEXT)).isEmpty());
    }

    @Test
    void unitMismatch() {
        Finding finding = firesOnce(RuleId.UNIT_MISMATCH,
                Records.withIndicator(SELFEVAL_UNSCORED, 0, "系统故障修复平均时间", i -> Records.actual(i, "2 天")), NO_TEXT);
        assertEquals("小时", finding.expected());
        assertEquals("天", finding.found());
    }

    @Test
    void missingIndicatorClass() {
        silent(XINZHOU, NO_TEXT);
        DocumentRecord noSatisfaction = Records.withIndicator(XINZHOU, 0, "参保人员对打击欺诈骗保工作满意度",
                i -> Records.renamed(i, "效益指标", "社会效益指标", "举报案件办结率"));
        Finding finding = firesOnce(RuleId.MISSING_INDICATOR_CLASS, noSatisfaction, NO_TEXT);
        assertEquals("满意度指标", finding.expected());
    }

    @Test
    void targetSanity() {
        silent(XINZHOU, NO_TEXT);
        firesOnce(RuleId.TARGET_SANITY, Records.withIndicator(XINZHOU, 0, "每起案件最高奖励金额", annual(i -> Records.target(i, "≥10万元"))), NO_TEXT);
        firesOnce(RuleId.TARGET_SANITY, Records.withIndicator(XINZHOU, 0, "参保人员对打击欺诈骗保工作满意度",
                annual(i -> Records.target(i, "≥110%"))), NO_TEXT);
        firesOnce(RuleId.TARGET_SANITY, Records.withIndicator(XINZHOU, 2, "信息系统建设完成时间",
                annual(i -> Records.target(i, "2024年6月底前"))), NO_TEXT);
        silent(Records.withIndicator(XINZHOU, 2, "信息系统建设完成时间", annual(i -> Records.target(i, "2023年6月底前"))), NO_TEXT);
    }

    /** A change to the annual column only of a form that prints each indicator for both periods. */
    private static UnaryOperator<Indicator> annual(UnaryOperator<Indicator> change) {
        return i -> i.period() == Indicator.Period.ANNUAL ? change.apply(i) : i;
    }

    @Test
    void missingField() {
        Finding finding = firesOnce(RuleId.MISSING_FIELD, Records.withDepartment(XINZHOU, null), NO_TEXT);
        assertEquals("主管部门", finding.expected());
        assertEquals(1, finding.page());
        silent(Records.withDepartment(XINZHOU, "忻州市医疗保障局"), NO_TEXT);
    }
}
