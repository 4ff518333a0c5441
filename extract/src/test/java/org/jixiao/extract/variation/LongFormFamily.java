package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.SubItem;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.IndicatorData;
import org.jixiao.extract.variation.FormData.ProjectData;
import org.jixiao.extract.variation.Forms.FundRow;
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * The provincial long declaration (江苏 layout): 项目资金构成 listing each 子项目 with its amount and a
 * 合计, a 资金来源 block with columns 项目投资总额 / 上年度资金 / 本年度计划数, prose rows (概况, 实施计划,
 * 总目标), then the indicator table, 三级 or, in the {@code category} family, category-style: one 类别
 * column (产出/成本/效益/满意度) and 指标名称.
 */
final class LongFormFamily implements Family {

    private static final int COLUMNS = 5;

    private final boolean category;

    LongFormFamily(boolean category) {
        this.category = category;
    }

    @Override
    public String id() {
        return category ? "f06-category" : "f05-long";
    }

    @Override
    public Office office() {
        return Office.XLSX;
    }

    @Override
    public List<String> plantable() {
        return List.of("sum_mismatch");
    }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Agency department = drafts.department(drafts.place(), sector);
        int year = 2019 + random.nextInt(7);
        ProjectData project = drafts.project(department, sector, year, false);
        MoneyStyle money = MoneyStyle.draw(random);
        Layout layout = new Layout(false);
        List<Plant> plants = new ArrayList<>();
        layout.title(Forms.titlePrefix(random, department) + Vocabulary.pick(random, "财政支出项目绩效目标申报表",
                "项目支出绩效目标申报表"));
        layout.line("（" + year + "年度）");
        FundingTruth funding = new FundingTruth();
        List<String[]> rows = new ArrayList<>();
        String departmentLabel = Vocabulary.pick(random, "申报单位名称", "申报单位", "项目主管部门", "市级主管部门", "填报单位（盖章）");
        rows.add(new String[] {departmentLabel, department.name(), Forms.LEFT, Forms.LEFT, Forms.LEFT});
        rows.add(new String[] {"项目名称", project.name(), Forms.LEFT, Forms.LEFT, Forms.LEFT});
        rows.add(new String[] {"项目类型", Vocabulary.pick(random, "专项业务类", "信息化工程及维护类", "基本建设类", "补助类"),
            "项目属性", Vocabulary.pick(random, "新增项目", "延续项目"), Forms.LEFT});
        rows.add(new String[] {"实施单位", project.unit(), Forms.LEFT, Forms.LEFT, Forms.LEFT});
        List<SubItem> subItems = new ArrayList<>();
        boolean breakdown = !category || random.nextBoolean();
        if (breakdown) {
            int start = rows.size();
            rows.add(new String[] {"项目资金构成\n（子项目名称和金额）", "子项目名称", Forms.LEFT, "预算金额（" + money.unit() + "）",
                Forms.LEFT});
            for (FormData.SubItem item : project.subItems()) {
                rows.add(new String[] {Forms.UP, item.name(), Forms.LEFT, money.print(item.yuan()), Forms.LEFT});
                subItems.add(new SubItem(item.name(), item.yuan(), null));
            }
            rows.add(new String[] {Forms.UP, "合计", Forms.LEFT, money.print(project.sources().annual()), Forms.LEFT});
            Forms.mergeDown(rows, start, rows.size(), 0);
        }
        BigDecimal investment = project.implementationTotal();
        List<FundRow> sources = Forms.sourceRows(random, project.sources(), department, false);
        int start = rows.size();
        String thisYear = Vocabulary.pick(random, "本年度计划数", "本年度计划数", "本年度申请金额");
        rows.add(new String[] {"项目资金来源\n（" + money.unit() + "）", "资金来源", "项目投资总额",
            Vocabulary.pick(random, "上年度资金", "上年度预算安排"), thisYear});
        BigDecimal extra = investment.subtract(project.sources().annual());
        BigDecimal investmentSum = BigDecimal.ZERO;
        for (int i = 0; i < sources.size(); i++) {
            FundRow row = sources.get(i);
            String label = row.label().replaceFirst("^其中：", "");
            // earlier years' money was local fiscal money
            BigDecimal all = row.yuan().add(i == localRow(sources) ? extra : BigDecimal.ZERO);
            investmentSum = investmentSum.add(all);
            rows.add(new String[] {Forms.UP, label, money.print(all), "", money.print(row.yuan())});
            funding.add(label + "（项目投资总额）", row.kind(), all);
            funding.add(label + "（" + thisYear + "）", row.kind(), row.yuan());
        }
        BigDecimal printedInvestment = investmentSum;
        if (plant.contains("sum_mismatch")) {
            printedInvestment = investmentSum.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 100_000L));
            plants.add(new Plant("sum_mismatch", "资金来源之和 " + money.print(investmentSum) + "，而“合计（项目投资总额）”为 "
                    + money.print(printedInvestment), money.print(investmentSum), money.print(printedInvestment),
                    money.print(printedInvestment), project.name()));
        }
        rows.add(new String[] {Forms.UP, "合计", money.print(printedInvestment), "", money.print(project.sources().annual())});
        funding.add("合计（项目投资总额）", FundingKind.TOTAL, printedInvestment);
        funding.add("合计（本年度计划数）", FundingKind.ANNUAL, project.sources().annual());
        Forms.mergeDown(rows, start, rows.size(), 0);
        rows.add(new String[] {"项目实施计划", project.year() + "年上半年完成前期准备，年底前完成全部任务并通过验收。", Forms.LEFT,
            Forms.LEFT, Forms.LEFT});
        rows.add(new String[] {"项目总目标", project.goal(), Forms.LEFT, Forms.LEFT, Forms.LEFT});
        if (random.nextInt(3) == 0) {
            number(rows);
        }
        layout.grid(new float[] {100, 130, 90, 80, 85}, 0, false, -1, rows);
        if (random.nextBoolean()) {
            layout.pageBreak();
        }
        List<String[]> table = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        String valueHeader = Vocabulary.pick(random, "目标值", "指标值", "目标值（标准）", "绩效目标值");
        if (category) {
            table.add(new String[] {Vocabulary.pick(random, "类别", "一级指标", "指标类别"), "指标名称", Forms.LEFT, valueHeader,
                "指标解释"});
            for (IndicatorData indicator : project.indicators()) {
                String level1 = Forms.cost(indicator) ? "成本" : Forms.level(indicator.level1(), true);
                table.add(new String[] {level1, indicator.name(), Forms.LEFT, indicator.target().joined(),
                    "考察" + indicator.name() + "情况。"});
                indicators.add(Forms.targetIndicator(level1, null, indicator.name(), indicator.target().joined(), null));
            }
            reorderCost(table);
            Forms.groups(table, 1, new int[] {0}, Forms.GroupCells.MERGED);
        } else {
            table.add(new String[] {"一级指标", "二级指标", "三级指标", valueHeader, "指标解释"});
            for (IndicatorData indicator : project.indicators()) {
                table.add(new String[] {indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.target().joined(), "考察" + indicator.name() + "情况。"});
                indicators.add(Forms.targetIndicator(indicator.level1(), indicator.level2(), indicator.name(),
                        indicator.target().joined(), null));
            }
            Forms.groups(table, 1, new int[] {0, 1}, Forms.groupCells(random));
        }
        layout.grid(new float[] {100, 130, 90, 80, 85}, 1, random.nextBoolean(), -1, table);
        ProjectRecord record = new ProjectRecord(project.name(), department.name(), project.unit(), funding.list(),
                List.of(), subItems, indicators, null);
        return new Generated(layout, DocType.TARGET_DECLARATION, department.region(), year, List.of(record), plants);
    }

    /** Numbers the labels of the first column as some provinces print them: 一、项目名称. */
    private static void number(List<String[]> rows) {
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        int n = 0;
        for (String[] row : rows) {
            if (!row[0].equals(Forms.UP) && !row[0].equals(Forms.LEFT) && n < numerals.length) {
                row[0] = numerals[n++] + "、" + row[0];
            }
        }
    }

    /** The row of the local fiscal source: the one that also carries the earlier years' money. */
    private static int localRow(List<FundRow> sources) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).kind() == FundingKind.MUNICIPAL || sources.get(i).kind() == FundingKind.FISCAL) {
                return i;
            }
        }
        return 0;
    }

    /** A category table lists 成本 after 产出: the cost rows are moved behind the other output rows. */
    private static void reorderCost(List<String[]> table) {
        List<String[]> body = new ArrayList<>(table.subList(1, table.size()));
        body.sort(Comparator.comparingInt(row -> row[0].startsWith("产出") ? 0 : row[0].startsWith("成本") ? 1
                : row[0].startsWith("满意度") ? 3 : 2));
        for (int i = 0; i < body.size(); i++) {
            table.set(i + 1, body.get(i));
        }
    }
}
