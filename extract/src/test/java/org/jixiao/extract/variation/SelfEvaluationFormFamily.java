package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.Execution;
import org.jixiao.extract.variation.FormData.IndicatorData;
import org.jixiao.extract.variation.FormData.ProjectData;
import org.jixiao.extract.variation.FormData.Sources;
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * The central 项目支出绩效自评表: a fund block 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分
 * over the rows 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金; the year's goal and what was
 * done; an indicator table 一级/二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因; 总分 and 自评等级.
 */
final class SelfEvaluationFormFamily implements Family {

    static final int COLUMNS = 8;

    @Override
    public String id() {
        return "f07-selfeval-form";
    }

    @Override
    public Office office() {
        return Office.XLSX;
    }

    @Override
    public List<String> plantable() {
        return List.of("execution_rate", "score_formula", "score_sum", "grade_mismatch", "sum_mismatch");
    }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Agency department = drafts.department(drafts.place(), sector);
        int year = 2019 + random.nextInt(6);
        ProjectData project = drafts.project(department, sector, year, true);
        MoneyStyle money = MoneyStyle.draw(random);
        Layout layout = new Layout(random.nextBoolean());
        List<Plant> plants = new ArrayList<>();
        ProjectRecord record = form(random, layout, project, money, plant, plants, Forms.titlePrefix(random, department),
                Grades.draw(random), drafts.percent());
        return new Generated(layout, DocType.SELF_EVALUATION, department.region(), year, List.of(record), plants);
    }

    /** The labels of the form's columns, which provinces word differently. */
    record Headers(String initial, String adjusted, String spent, String weight, String rate, String score,
                   String target, String actual, String deviation, String level3, String total, String grade) {
        static Headers draw(Random random) {
            return new Headers(Vocabulary.pick(random, "年初预算数", "年初预算数", "年初预算"),
                    Vocabulary.pick(random, "全年预算数", "调整后预算数", "调整后预算"),
                    Vocabulary.pick(random, "全年执行数", "预算执行数", "实际支出"), Vocabulary.pick(random, "分值", "分值", "权重"),
                    "执行率", Vocabulary.pick(random, "得分", "得分", "自评得分", "评分", "评分结果"),
                    Vocabulary.pick(random, "年度指标值", "年度指标值", "指标值", "目标值", "目标值（标准）", "绩效目标值"),
                    Vocabulary.pick(random, "实际完成值", "实际完成值", "完成值", "业绩值"),
                    Vocabulary.pick(random, "偏差原因分析及改进措施", "偏差原因及改进措施", "未完成原因分析"),
                    Vocabulary.pick(random, "三级指标", "三级指标", "指标内容"),
                    Vocabulary.pick(random, "总分", "总分", "总得分"),
                    Vocabulary.pick(random, "自评等级", "自评等级", "自评结论", "评价等级"));
        }
    }

    /** Lays out one project's form and returns its truth. */
    static ProjectRecord form(Random random, Layout layout, ProjectData project, MoneyStyle money, Set<String> plant,
                              List<Plant> plants, String titlePrefix, Grades grades,
                              String percent) {
        Headers h = Headers.draw(random);
        Execution execution = project.execution();
        int year = project.year();
        layout.title(titlePrefix + Vocabulary.pick(random, "项目支出绩效自评表", "项目支出绩效自评表", "项目绩效自评表"));
        layout.line(Vocabulary.pick(random, "（" + year + "年度）", "（" + year + "年）"));
        boolean corner = random.nextBoolean();
        if (corner) {
            layout.corner("单位：" + money.unit());
        }
        FundingTruth funding = new FundingTruth();
        List<Rate> rates = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        rows.add(Forms.stretched(COLUMNS, "项目名称", project.name()));
        String departmentLabel = Vocabulary.pick(random, "主管部门", "主管部门", "预算部门", "主管部门及代码", "主管部门编码+名称",
                "一级主管部门名称", "编制单位（盖章）");
        rows.add(Forms.pairs(COLUMNS, departmentLabel, Forms.departmentValue(random, departmentLabel, project.department()),
                Forms.unitLabel(random), project.unit()));
        int fundStart = rows.size();
        String block = corner ? "项目资金" : "项目资金（" + money.unit() + "）";
        rows.add(new String[] {block, "", h.initial(), h.adjusted(), h.spent(), h.weight(), h.rate(), h.score()});

        BigDecimal rate = execution.rate();
        String printedRate = rate.toPlainString();
        if (plant.contains("execution_rate")) {
            BigDecimal wrong = rate.subtract(BigDecimal.valueOf(2 + random.nextInt(6))).setScale(2);
            plants.add(new Plant("execution_rate", money.print(execution.spent().annual()) + " ÷ "
                    + money.print(execution.adjusted().annual()) + " = " + printedRate + "%，而执行率为 " + wrong + "%",
                    printedRate, wrong.toPlainString(), wrong.toPlainString() + "%", project.name()));
            rate = wrong;
            printedRate = wrong.toPlainString();
        }
        BigDecimal rateScore = rate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        BigDecimal printedRateScore = rateScore;
        if (plant.contains("score_formula")) {
            printedRateScore = rateScore.subtract(BigDecimal.valueOf(0.5 + random.nextInt(3))).setScale(2);
            plants.add(new Plant("score_formula", "执行率得分 = min(" + printedRate + "%, 100%) × 10 = " + rateScore
                    + "，而得分为 " + printedRateScore, rateScore.toPlainString(), printedRateScore.toPlainString(),
                    "执行率", project.name()));
        }
        Sources initial = execution.initial();
        BigDecimal printedInitialOther = initial.other();
        if (plant.contains("sum_mismatch")) {
            printedInitialOther = initial.other().add(BigDecimal.valueOf((1 + random.nextInt(5)) * 100_000L));
            plants.add(new Plant("sum_mismatch", h.initial() + "：各来源之和 " + money.print(initial.annual()
                    .add(printedInitialOther).subtract(initial.other())) + "，而年度资金总额为 " + money.print(initial.annual()),
                    money.print(initial.annual()), money.print(initial.annual().add(printedInitialOther)
                    .subtract(initial.other())), "年度资金总额", project.name()));
        }
        String[][] fundRows = {
            {"年度资金总额", money.print(initial.annual()), money.print(execution.adjusted().annual()),
                money.print(execution.spent().annual()), "10", printedRate + percent, Forms.plain(printedRateScore)},
            {Vocabulary.pick(random, "其中：当年财政拨款", "其中：财政拨款"), money.print(initial.fiscal()),
                money.print(execution.adjusted().fiscal()), money.print(execution.spent().fiscal()), "—", "—", "—"},
            {"上年结转资金", money.print(initial.carryover()), money.print(execution.adjusted().carryover()),
                money.print(execution.spent().carryover()), "—", "—", "—"},
            {"其他资金", money.print(printedInitialOther), money.print(execution.adjusted().other()),
                money.print(execution.spent().other()), "—", "—", "—"}};
        BigDecimal[][] amounts = {
            {initial.annual(), execution.adjusted().annual(), execution.spent().annual()},
            {initial.fiscal(), execution.adjusted().fiscal(), execution.spent().fiscal()},
            {initial.carryover(), execution.adjusted().carryover(), execution.spent().carryover()},
            {printedInitialOther, execution.adjusted().other(), execution.spent().other()}};
        FundingKind[] kinds = {FundingKind.BUDGET, FundingKind.ADJUSTED_BUDGET, FundingKind.SPENT};
        String[] columnLabels = {h.initial(), h.adjusted(), h.spent()};
        for (int r = 0; r < fundRows.length; r++) {
            String[] f = fundRows[r];
            rows.add(new String[] {Forms.UP, f[0], f[1], f[2], f[3], f[4], f[5], f[6]});
            for (int c = 0; c < 3; c++) {
                funding.add(f[0] + "（" + columnLabels[c] + "）", kinds[c], amounts[r][c]);
            }
        }
        rates.add(new Rate("年度资金总额（" + h.rate() + "）", Rate.Kind.EXECUTION_RATE, rate, null));
        indicators.add(new Indicator(h.rate(), null, h.rate(), null, null, printedRate + percent, "10",
                Forms.plain(printedRateScore), null, null, null));
        rows.add(Forms.at(COLUMNS, new int[] {0, 1, 4}, Vocabulary.pick(random, "年度总体目标", "年度目标"), "预期目标",
                "实际完成情况"));
        rows.add(Forms.at(COLUMNS, new int[] {0, 1, 4}, Forms.UP, project.goal(), "已按计划完成年度目标任务，项目运行良好。"));
        layout.grid(widths(), 0, false, -1, rows);

        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"一级指标", "二级指标", h.level3(), h.target(), h.actual(), h.weight(), h.score(), h.deviation()});
        BigDecimal sum = printedRateScore;
        boolean shortLevels = random.nextInt(4) == 0;
        for (IndicatorData indicator : project.indicators()) {
            String level1 = Forms.level(indicator.level1(), shortLevels);
            String level2 = Forms.level(indicator.level2(), shortLevels);
            FormData.Outcome outcome = indicator.outcome();
            table.add(new String[] {level1, level2, indicator.name(), indicator.target().joined(), outcome.actual(),
                Forms.plain(outcome.weight()), Forms.plain(outcome.score()), outcome.reason()});
            indicators.add(new Indicator(level1, level2, indicator.name(), null, indicator.target().joined(),
                    outcome.actual(), Forms.plain(outcome.weight()), Forms.plain(outcome.score()), null, null, null));
            sum = sum.add(outcome.score());
        }
        Forms.groups(table, 1, new int[] {0, 1}, Forms.groupCells(random));
        BigDecimal total = sum;
        if (plant.contains("score_sum")) {
            BigDecimal delta = BigDecimal.valueOf(1.5);
            BigDecimal stated = sum.add(delta).compareTo(BigDecimal.valueOf(100)) <= 0
                    && grades.grade(sum.add(delta)).equals(grades.grade(sum)) ? sum.add(delta) : sum.subtract(delta);
            plants.add(new Plant("score_sum", "各项得分之和为 " + Forms.plain(sum) + "，而总分为 " + Forms.plain(stated),
                    Forms.plain(sum), Forms.plain(stated), h.total(), project.name()));
            total = stated;
        }
        String grade = grades.grade(total);
        if (plant.contains("grade_mismatch")) {
            String wrong = grades.neighbour(grade);
            plants.add(new Plant("grade_mismatch", "总分 " + Forms.plain(total) + " 应评为“" + grade + "”，而评为“" + wrong + "”",
                    grade, wrong, h.grade(), project.name()));
            grade = wrong;
        }
        table.add(new String[] {h.total(), Forms.LEFT, Forms.LEFT, Forms.LEFT, Forms.LEFT, "100", Forms.plain(total), ""});
        table.add(new String[] {h.grade(), Forms.LEFT, Forms.LEFT, Forms.LEFT, Forms.LEFT, Forms.LEFT, grade, ""});
        int breakAt = random.nextInt(3) == 0 ? 2 + random.nextInt(project.indicators().size() - 1) : -1;
        layout.grid(widths(), 1, random.nextBoolean(), breakAt, table);
        if (grades.own() || random.nextInt(4) == 0) {
            layout.line("注：" + grades.statement("总分", random));
        }
        return new ProjectRecord(project.name(), project.department().name(), project.unit(), funding.list(), rates,
                List.of(), indicators, new Evaluation(Forms.plain(total), grade));
    }

    private static float[] widths() {
        return new float[] {60, 70, 110, 65, 65, 40, 45, 90};
    }
}
