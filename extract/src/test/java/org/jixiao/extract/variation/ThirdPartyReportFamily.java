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
import org.jixiao.extract.model.Region;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.Execution;
import org.jixiao.extract.variation.FormData.ProjectData;
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * A 第三方绩效评价报告 commissioned by a finance bureau: a cover of key–value lines (项目名称, 项目主管部门,
 * 项目实施单位, 委托单位 …财政局, 评价机构 …公司), the commission sentence {@code 受X委托，Y对Z实施的“…”项目
 * 开展…}, the budget table (年初预算, 调整金额, 调整后预算, 执行金额, 预算执行率) and its restatement,
 * a four-level score table (决策/过程/产出/效益 with codes), per-class sentences {@code A决策（20分，得18分）},
 * the grade band sentence (which is not a total) and the conclusion. PDF only.
 */
final class ThirdPartyReportFamily implements Family {

    /** One scored item of the framework: four levels, points. */
    private record Item(String level1, String level2, String level3, String level4, int weight) {
    }

    private static final List<Item> FRAMEWORK = List.of(
            new Item("A决策", "A1项目立项", "A11立项依据充分性", "A111立项依据与政策相符程度", 4),
            new Item("A决策", "A1项目立项", "A12立项程序规范性", "A121立项程序履行情况", 4),
            new Item("A决策", "A2绩效目标", "A21绩效目标合理性", "A211目标与实际工作内容相关性", 4),
            new Item("A决策", "A2绩效目标", "A22绩效指标明确性", "A221指标细化量化程度", 4),
            new Item("A决策", "A3资金投入", "A31预算编制科学性", "A311预算测算依据充分性", 4),
            new Item("B过程", "B1资金管理", "B11资金到位率", "B111资金到位及时性", 4),
            new Item("B过程", "B1资金管理", "B12预算执行率", "B121预算执行率", 6),
            new Item("B过程", "B1资金管理", "B13资金使用合规性", "B131资金使用符合规定情况", 4),
            new Item("B过程", "B2组织实施", "B21管理制度健全性", "B211管理制度建立情况", 3),
            new Item("B过程", "B2组织实施", "B22制度执行有效性", "B221档案资料完整性", 3),
            new Item("C产出", "C1产出数量", "C11实际完成率", "C111主要任务完成率", 10),
            new Item("C产出", "C2产出质量", "C21质量达标率", "C211验收合格率", 8),
            new Item("C产出", "C3产出时效", "C31完成及时性", "C311按期完成率", 6),
            new Item("C产出", "C4产出成本", "C41成本节约率", "C411成本控制情况", 6),
            new Item("D效益", "D1项目效益", "D11社会效益", "D111服务能力提升情况", 10),
            new Item("D效益", "D1项目效益", "D12可持续影响", "D121长效管理机制", 10),
            new Item("D效益", "D2满意度", "D21服务对象满意度", "D211服务对象满意度", 10));

    @Override
    public String id() {
        return "f09-thirdparty";
    }

    @Override
    public Office office() {
        return Office.DOCX;
    }

    @Override
    public List<String> plantable() {
        return List.of("execution_rate", "balance", "grade_mismatch", "score_sum", "conflicting_figure");
    }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Places.Place place = drafts.place();
        Agency department = drafts.department(place, sector);
        int year = 2019 + random.nextInt(6);
        ProjectData project = drafts.project(department, sector, year, true);
        MoneyStyle money = MoneyStyle.draw(random);
        MoneyStyle textMoney = random.nextBoolean() ? money : money.other();
        List<Plant> plants = new ArrayList<>();
        String name = project.name().endsWith("项目") ? project.name() : project.name() + "项目";
        String quoted = name.substring(0, name.length() - 2);
        String bureau = financeBureau(place);
        String firm = Vocabulary.pick(random, "中天", "华信", "正衡", "立信", "致远", "众华", "天健", "永拓", "诚达")
                + Vocabulary.pick(random, "工程咨询有限公司", "会计师事务所（特殊普通合伙）", "管理咨询有限公司", "资产评估有限公司");
        boolean withCodes = random.nextBoolean();
        Layout layout = new Layout(false);
        layout.title(random.nextBoolean() ? name : year + "年度" + name);
        layout.title(Vocabulary.pick(random, "绩效评价报告", "财政支出绩效评价报告", "绩效评价报告（终稿）"));
        layout.line("项目名称：" + name);
        layout.line(Vocabulary.pick(random, "项目主管部门：", "主管部门：") + department.name());
        layout.line(Vocabulary.pick(random, "项目实施单位：", "实施单位：") + project.unit());
        layout.line("委托单位：" + bureau);
        layout.line("评价机构：" + firm);
        layout.line("报告日期：" + (year + 1) + "年" + (3 + random.nextInt(6)) + "月");
        layout.pageBreak();

        layout.paragraph("一、项目基本情况");
        layout.paragraph(Vocabulary.pick(random,
                "受" + bureau + "委托，" + firm + "对" + project.unit() + "实施的“" + quoted + "”项目开展绩效评价。",
                "受" + bureau + "委托，我公司对" + department.name() + year + "年度“" + quoted + "”项目资金开展了第三方绩效评价。",
                "根据" + bureau + "的委托，" + firm + "组成评价组，对" + project.unit() + "实施的“" + quoted + "”项目进行了绩效评价。"));
        Execution execution = project.execution();
        BigDecimal budget = execution.initial().annual();
        BigDecimal adjusted = execution.adjusted().annual().min(budget);
        BigDecimal adjustment = budget.subtract(adjusted);
        BigDecimal spent = execution.spent().annual().min(adjusted);
        BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(adjusted, 2, RoundingMode.HALF_UP);
        BigDecimal printedAdjusted = adjusted;
        if (plant.contains("balance")) {
            // 调整后预算 printed off by the adjustment's error; the rate stays consistent with what is printed
            printedAdjusted = adjusted.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 10_000L));
            rate = spent.multiply(BigDecimal.valueOf(100)).divide(printedAdjusted, 2, RoundingMode.HALF_UP);
            plants.add(new Plant("balance", "年初预算 " + money.print(budget) + " − 调整金额 " + money.print(adjustment) + " = "
                    + money.print(adjusted) + "，而调整后预算为 " + money.print(printedAdjusted), money.print(adjusted),
                    money.print(printedAdjusted), money.print(printedAdjusted), name));
        }
        BigDecimal printedRate = rate;
        if (plant.contains("execution_rate")) {
            printedRate = rate.subtract(BigDecimal.valueOf(2 + random.nextInt(6))).setScale(2);
            plants.add(new Plant("execution_rate", "执行金额 ÷ 调整后预算 = " + rate + "%，而预算执行率为 " + printedRate + "%",
                    rate.toPlainString(), printedRate.toPlainString(), printedRate + "%", name));
        }
        layout.paragraph("（一）预算资金安排及使用情况");
        layout.paragraph("本项目预算执行情况如下表：");
        layout.corner("单位：" + money.unit());
        List<String[]> fund = new ArrayList<>();
        fund.add(new String[] {"项目", "年初预算", "调整金额", "调整后预算", "执行金额", "预算执行率"});
        fund.add(new String[] {quoted, money.print(budget), money.print(adjustment), money.print(printedAdjusted),
            money.print(spent), printedRate + drafts.percent()});
        layout.grid(new float[] {120, 75, 65, 75, 75, 60}, 1, false, -1, fund);
        layout.paragraph("如上表所示，" + year + "年本项目年初预算" + textMoney.withUnit(budget)
                + (adjustment.signum() == 0 ? "，年中未作调整" : "，调整金额" + textMoney.withUnit(adjustment)
                + "，调整后预算" + textMoney.withUnit(printedAdjusted)) + "，实际执行金额" + textMoney.withUnit(spent) + "。");
        FundingTruth funding = new FundingTruth()
                .add("年初预算", FundingKind.BUDGET, budget)
                .add("调整金额", FundingKind.ADJUSTMENT, adjustment)
                .add("调整后预算", FundingKind.ADJUSTED_BUDGET, printedAdjusted)
                .add("执行金额", FundingKind.SPENT, spent);
        List<Rate> rates = List.of(new Rate("预算执行率", Rate.Kind.EXECUTION_RATE, printedRate, null));

        layout.pageBreak();
        layout.paragraph("二、评价结论");
        layout.paragraph("评价组依据评价指标体系和评分标准对项目进行评分，各指标得分情况见下表：");
        Grades grades = Grades.draw(random);
        // some tables print how each item is scored between its points and its score
        boolean rules = random.nextInt(3) == 0;
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"一级指标", "二级指标", "三级指标", "四级指标", Vocabulary.pick(random, "分值", "权重"),
            Vocabulary.pick(random, "得分", "评分", "评分结果", "核查分数")});
        List<Indicator> indicators = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : FRAMEWORK) {
            int lost = random.nextInt(3) == 0 ? 1 + random.nextInt(Math.max(1, item.weight() - 1)) : 0;
            BigDecimal score = BigDecimal.valueOf(item.weight() - lost / 2.0).stripTrailingZeros();
            scores.add(score);
            total = total.add(score);
            String[] levels = {code(item.level1(), withCodes), code(item.level2(), withCodes), code(item.level3(), withCodes),
                code(item.level4(), withCodes)};
            table.add(new String[] {levels[0], levels[1], levels[2], levels[3], Integer.toString(item.weight()),
                score.toPlainString()});
            indicators.add(new Indicator(levels[0], levels[1], levels[2], levels[3], null, null,
                    Integer.toString(item.weight()), score.toPlainString(), null, null, null));
        }
        Forms.groups(table, 1, new int[] {0, 1, 2}, Forms.GroupCells.MERGED);
        if (random.nextBoolean()) {
            subtotals(table, scores);
        }
        String grade = grades.grade(total);
        String tableGrade = grade;
        if (plant.contains("grade_mismatch")) {
            tableGrade = grades.neighbour(grade);
            plants.add(new Plant("grade_mismatch", "综合得分 " + Forms.plain(total) + " 按评价标准应为“" + grade + "”，而评为“"
                    + tableGrade + "”", grade, tableGrade, "评价等级", name));
        }
        table.add(new String[] {"总分", Forms.LEFT, Forms.LEFT, Forms.LEFT, "100", Forms.plain(total)});
        table.add(new String[] {"评价等级", Forms.LEFT, Forms.LEFT, Forms.LEFT, Forms.LEFT, tableGrade});
        if (rules) {
            table.replaceAll(ThirdPartyReportFamily::withRules);
        }
        layout.grid(rules ? new float[] {60, 70, 90, 120, 35, 110, 40} : new float[] {70, 80, 110, 150, 40, 40}, 1, true,
                -1, table);
        layout.paragraph("根据评价标准，" + grades.statement("综合得分", random));
        layout.paragraph("（二）具体绩效分析");
        for (String level1 : List.of("A决策", "B过程", "C产出", "D效益")) {
            int weight = 0;
            BigDecimal got = BigDecimal.ZERO;
            for (int i = 0; i < FRAMEWORK.size(); i++) {
                if (FRAMEWORK.get(i).level1().equals(level1)) {
                    weight += FRAMEWORK.get(i).weight();
                    got = got.add(scores.get(i));
                }
            }
            BigDecimal stated = got;
            if (level1.equals("C产出") && plant.contains("score_sum")) {
                stated = got.subtract(BigDecimal.valueOf(1.5));
                plants.add(new Plant("score_sum", level1 + "：各指标得分之和 " + Forms.plain(got) + "，正文写“得"
                        + Forms.plain(stated) + "分”", Forms.plain(got), Forms.plain(stated), "（" + weight + "分，得" + Forms.plain(stated) + "分）",
                        name));
            }
            layout.paragraph(code(level1, withCodes) + "（" + weight + "分，得" + Forms.plain(stated) + "分）");
            layout.paragraph(Vocabulary.pick(random, "该部分指标总体完成较好。", "部分指标完成情况有待提高。",
                    "相关制度执行基本到位，个别环节有待规范。"));
        }
        String textGrade = tableGrade;
        if (plant.contains("conflicting_figure")) {
            textGrade = grades.neighbour(tableGrade);
            plants.add(new Plant("conflicting_figure", "评价等级在评分表中为“" + tableGrade + "”，在正文中为“" + textGrade + "”",
                    tableGrade, textGrade, "综上所述", name));
        }
        layout.paragraph("综上所述，" + quoted + "项目综合得分" + Forms.plain(total) + "分，评价等级为“" + textGrade + "”。");
        layout.paragraph("三、主要问题及建议");
        layout.paragraph("建议进一步细化绩效目标，加强预算执行进度管理。");
        ProjectRecord record = new ProjectRecord(name, department.name(), project.unit(), funding.list(), rates, List.of(),
                indicators, new Evaluation(Forms.plain(total), tableGrade));
        Region region = department.region();
        return new Generated(layout, DocType.EVALUATION_REPORT, region, year, List.of(record), plants);
    }

    /** A score table's row with a 评分细则 column before the score: how the item is scored, in words. */
    private static String[] withRules(String[] row) {
        String rule;
        if (row[0].equals("一级指标")) {
            rule = "评分细则";
        } else if (row[4].equals(Forms.LEFT) || row[0].equals("总分") || row[0].equals("小计")) {
            rule = Forms.LEFT;
        } else {
            rule = "完全达到得" + row[4] + "分，部分达到酌情扣分，未达到不得分";
        }
        return new String[] {row[0], row[1], row[2], row[3], row[4], rule, row[5]};
    }

    /** Adds a 小计 row after each 一级 group: a group's own weight and score, not an indicator. */
    private static void subtotals(List<String[]> table, List<BigDecimal> scores) {
        List<String[]> body = new ArrayList<>(table.subList(1, table.size()));
        List<String[]> out = new ArrayList<>();
        int weight = 0;
        BigDecimal got = BigDecimal.ZERO;
        for (int i = 0; i < body.size(); i++) {
            out.add(body.get(i));
            weight += FRAMEWORK.get(i).weight();
            got = got.add(scores.get(i));
            boolean last = i + 1 == body.size() || !FRAMEWORK.get(i + 1).level1().equals(FRAMEWORK.get(i).level1());
            if (last) {
                out.add(new String[] {"小计", Forms.LEFT, Forms.LEFT, Forms.LEFT, Integer.toString(weight), Forms.plain(got)});
                weight = 0;
                got = BigDecimal.ZERO;
            }
        }
        table.subList(1, table.size()).clear();
        table.addAll(out);
    }

    /** The commissioning finance bureau of the department's own government. */
    private static String financeBureau(Places.Place place) {
        Region region = place.region();
        return switch (place.level()) {
            case PROVINCE -> region.province() + (region.province().endsWith("市") ? "财政局" : "财政厅");
            case CITY -> region.city() + "财政局";
            case COUNTY -> place.prefix() + "财政局";
        };
    }

    /** A level name with its code (A11…) or without it. */
    private static String code(String level, boolean withCodes) {
        return withCodes ? level : level.replaceFirst("^[A-D]\\d*", "");
    }
}
