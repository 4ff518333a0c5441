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
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * A department's 项目绩效自评报告 in prose: who runs the project, how the money was used (a fund table
 * and sentences restating it, in the same or the other unit), the score table, the conclusion
 * ({@code …项目绩效自评价结果为…}) and recommendations that name other activities. PDF only.
 */
final class SelfEvaluationReportFamily implements Family {

    @Override
    public String id() {
        return "f08-selfeval-report";
    }

    @Override
    public Office office() {
        return Office.DOCX;
    }

    @Override
    public List<String> plantable() {
        return List.of("execution_rate", "score_sum", "balance", "grade_mismatch", "conflicting_figure");
    }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Agency department = drafts.department(drafts.place(), sector);
        int year = 2019 + random.nextInt(6);
        ProjectData project = drafts.project(department, sector, year, true);
        MoneyStyle money = MoneyStyle.draw(random);
        MoneyStyle textMoney = random.nextBoolean() ? money : money.other();
        Execution execution = project.execution();
        List<Plant> plants = new ArrayList<>();
        // a report names its project with the word 项目 throughout, and that is the name as printed
        String projectWord = project.name().endsWith("项目") ? project.name() : project.name() + "项目";
        String name = projectWord;
        Layout layout = new Layout(false);
        layout.title(Vocabulary.pick(random, "关于" + projectWord + "绩效自评报告", year + "年度" + projectWord + "绩效自评报告",
                projectWord + "支出绩效自评报告"));
        layout.line(Vocabulary.pick(random, "", "（" + department.name() + "）"));
        layout.paragraph("一、项目基本情况");
        layout.paragraph(Vocabulary.pick(random,
                name + "由" + department.name() + "主管，" + project.unit() + "负责具体实施。",
                "本项目主管部门为" + department.name() + "，实施单位为" + project.unit() + "。",
                "项目主管部门：" + department.name() + "；项目实施单位：" + project.unit() + "。")
                + "项目主要内容包括" + String.join("、", project.subItems().stream().map(FormData.SubItem::name).toList())
                + "等，" + year + "年度绩效目标为：" + project.goal());

        BigDecimal budget = execution.initial().annual();
        BigDecimal adjusted = execution.adjusted().annual();
        BigDecimal spent = execution.spent().annual();
        BigDecimal received = adjusted;
        BigDecimal balance = received.subtract(spent);
        BigDecimal printedBalance = balance;
        if (plant.contains("balance")) {
            printedBalance = balance.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 10_000L));
            plants.add(new Plant("balance", "资金到位 " + money.print(received) + " − 实际支出 " + money.print(spent) + " = "
                    + money.print(balance) + "，而资金结余为 " + money.print(printedBalance), money.print(balance),
                    money.print(printedBalance), "资金结余", name));
        }
        BigDecimal rate = execution.rate();
        BigDecimal printedRate = rate;
        if (plant.contains("execution_rate")) {
            printedRate = rate.subtract(BigDecimal.valueOf(3 + random.nextInt(5))).setScale(2);
            plants.add(new Plant("execution_rate", "实际支出 ÷ 全年预算 = " + rate + "%，而预算执行率为 " + printedRate + "%",
                    rate.toPlainString(), printedRate.toPlainString(), printedRate + "%", name));
        }
        layout.paragraph("二、资金安排及使用情况");
        layout.paragraph(name + "年初预算" + textMoney.withUnit(budget)
                + (adjusted.compareTo(budget) == 0 ? "" : "，全年预算调整为" + textMoney.withUnit(adjusted))
                + "，资金到位" + textMoney.withUnit(received) + "，实际支出" + textMoney.withUnit(spent) + "。具体如下表：");
        layout.corner("单位：" + money.unit());
        List<String[]> fundRows = new ArrayList<>();
        fundRows.add(new String[] {"年初预算", "全年预算", "资金到位", "实际支出", "资金结余", "预算执行率"});
        fundRows.add(new String[] {money.print(budget), money.print(adjusted), money.print(received), money.print(spent),
            money.print(printedBalance), printedRate + drafts.percent()});
        layout.grid(new float[] {80, 80, 80, 80, 80, 70}, 1, false, -1, fundRows);
        FundingTruth funding = new FundingTruth()
                .add("年初预算", FundingKind.BUDGET, budget)
                .add("全年预算", FundingKind.ADJUSTED_BUDGET, adjusted)
                .add("资金到位", FundingKind.RECEIVED, received)
                .add("实际支出", FundingKind.SPENT, spent)
                .add("资金结余", FundingKind.BALANCE, printedBalance);
        List<Rate> rates = new ArrayList<>(List.of(new Rate("预算执行率", Rate.Kind.EXECUTION_RATE, printedRate, null)));

        layout.paragraph("三、绩效目标完成情况");
        layout.paragraph("项目绩效指标完成及评分情况如下表：");
        List<String[]> table = new ArrayList<>();
        String weightHeader = Vocabulary.pick(random, "分值", "权重");
        String scoreHeader = Vocabulary.pick(random, "得分", "自评得分", "评分", "评分结果");
        Grades grades = Grades.draw(random);
        table.add(new String[] {"一级指标", "二级指标", "三级指标", weightHeader, "年度指标值", "实际完成值", scoreHeader,
            Vocabulary.pick(random, "偏差原因", "偏差原因分析", "未完成原因")});
        BigDecimal rateScore = printedRate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        table.add(new String[] {"预算执行率", "", "预算执行率", "10", "100" + drafts.percent(), printedRate + drafts.percent(), Forms.plain(rateScore),
            printedRate.compareTo(BigDecimal.valueOf(100)) < 0 ? "部分采购项目结余" : ""});
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator("预算执行率", null, "预算执行率", null, "100" + drafts.percent(),
                printedRate + drafts.percent(), "10",
                Forms.plain(rateScore), null, null, null));
        BigDecimal sum = rateScore;
        for (IndicatorData indicator : project.indicators()) {
            FormData.Outcome outcome = indicator.outcome();
            table.add(new String[] {indicator.level1(), indicator.level2(), indicator.name(), Forms.plain(outcome.weight()),
                indicator.target().joined(), outcome.actual(), Forms.plain(outcome.score()), outcome.reason()});
            indicators.add(new Indicator(indicator.level1(), indicator.level2(), indicator.name(), null,
                    indicator.target().joined(), outcome.actual(), Forms.plain(outcome.weight()),
                    Forms.plain(outcome.score()), null, null, null));
            sum = sum.add(outcome.score());
        }
        Forms.groups(table, 2, new int[] {0, 1}, Forms.GroupCells.MERGED);
        BigDecimal total = sum;
        if (plant.contains("score_sum")) {
            BigDecimal delta = BigDecimal.valueOf(2);
            total = sum.add(delta).compareTo(BigDecimal.valueOf(100)) <= 0
                    && grades.grade(sum.add(delta)).equals(grades.grade(sum)) ? sum.add(delta) : sum.subtract(delta);
            plants.add(new Plant("score_sum", "各项得分之和 " + Forms.plain(sum) + "，而合计为 " + Forms.plain(total),
                    Forms.plain(sum), Forms.plain(total), "合计", name));
        }
        table.add(new String[] {"合计", Forms.LEFT, Forms.LEFT, "100", "", "", Forms.plain(total), ""});
        layout.grid(new float[] {60, 70, 110, 35, 65, 65, 40, 70}, 1, true, -1, table);
        String grade = grades.grade(total);
        if (plant.contains("grade_mismatch")) {
            String wrong = grades.neighbour(grade);
            plants.add(new Plant("grade_mismatch", "总得分 " + Forms.plain(total) + " 应为“" + grade + "”，而评为“" + wrong + "”",
                    grade, wrong, "绩效自评价结果为", name));
            grade = wrong;
        }
        layout.paragraph("四、自评结论");
        if (grades.own() || random.nextInt(3) == 0) {
            layout.paragraph("按照评分标准，" + grades.statement("总得分", random));
        }
        layout.paragraph("综合考虑项目决策、过程、产出和效益等因素，" + projectWord + "绩效自评价结果为：总得分" + Forms.plain(total)
                + "分，" + Vocabulary.pick(random, "自评等级", "自评结论", "评价等级") + "为“" + grade + "”。");
        String spentText = textMoney.withUnit(spent);
        if (plant.contains("conflicting_figure")) {
            BigDecimal wrong = spent.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 10_000L));
            spentText = textMoney.withUnit(wrong);
            funding.add("实际支出", FundingKind.SPENT, wrong);
            plants.add(new Plant("conflicting_figure", "实际支出在表中为 " + money.withUnit(spent) + "，在结论中为 " + spentText,
                    money.print(spent), textMoney.print(wrong), spentText, name));
        }
        layout.paragraph("全年实际支出" + spentText + "，各项绩效指标基本完成，项目实施取得了较好的社会效益。");
        layout.paragraph("五、存在的问题及改进建议");
        layout.paragraph("部分指标设置不够细化。建议结合" + Vocabulary.pick(random, "孵化载体建设", "送戏下乡", "以奖代补",
                "智慧监管平台", "数字乡村试点") + "等工作经验，进一步完善绩效指标体系，加强项目全过程管理。");
        layout.line(department.name());
        ProjectRecord record = new ProjectRecord(name, department.name(), project.unit(), funding.list(), rates,
                List.of(), indicators,
                new Evaluation(Forms.plain(total), grade));
        return new Generated(layout, DocType.SELF_EVALUATION, department.region(), year, List.of(record), plants);
    }
}
