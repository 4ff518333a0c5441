package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.IndicatorData;
import org.jixiao.extract.variation.FormData.ProjectData;
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * The two-period declaration (财预〔2015〕88号 layout): money and targets for the whole 实施期 and for
 * the year side by side. The same label carries two legitimate values, one per column, and every
 * indicator appears twice in the truth, once per period.
 */
final class TwoPeriodFamily implements Family {

    private static final int COLUMNS = 6;

    @Override
    public String id() {
        return "f03-twoperiod";
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
        int count = random.nextInt(3) == 0 ? 2 : 1;
        MoneyStyle money = MoneyStyle.draw(random);
        Layout layout = new Layout(random.nextBoolean());
        List<ProjectRecord> projects = new ArrayList<>();
        List<Plant> plants = new ArrayList<>();
        String implementation = Vocabulary.pick(random, "实施期", "中期");
        String departmentLabel = Vocabulary.pick(random, "主管部门及代码", "主管部门", "预算部门", "主管部门编码+名称");
        List<ProjectData> drawn = drafts.projects(department, sector, year, false, count);
        for (int p = 0; p < count; p++) {
            ProjectData project = drawn.get(p);
            layout.sheet(DeclarationFamily.sheetName(project, p));
            layout.title(Forms.titlePrefix(random, department) + "项目支出绩效目标申报表");
            layout.line("（" + year + "年度）");
            FundingTruth funding = new FundingTruth();
            List<String[]> rows = new ArrayList<>();
            rows.add(Forms.stretched(COLUMNS, "项目名称", project.name()));
            rows.add(Forms.pairs(COLUMNS, departmentLabel, Forms.departmentValue(random, departmentLabel, department),
                    Forms.unitLabel(random), project.unit()));
            int years = Math.max(2, project.years());
            rows.add(Forms.pairs(COLUMNS, "项目属性", Vocabulary.pick(random, "延续项目", "新增项目"), "项目期",
                    years + "年（" + year + "-" + (year + years - 1) + "年）"));
            BigDecimal extra = drafts.money(20, 2000);
            BigDecimal fiscalYear = project.sources().fiscal();
            BigDecimal other = project.sources().other().add(project.sources().carryover());
            BigDecimal annual = project.sources().annual();
            BigDecimal fiscalAll = fiscalYear.add(extra);
            BigDecimal totalAll = annual.add(extra);
            BigDecimal printedTotalAll = totalAll;
            if (p == 0 && plant.contains("sum_mismatch")) {
                printedTotalAll = totalAll.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 100_000L));
                plants.add(new Plant("sum_mismatch", implementation + "资金总额 " + money.print(printedTotalAll)
                        + " ≠ 财政拨款与其他资金之和 " + money.print(totalAll), money.print(totalAll),
                        money.print(printedTotalAll), money.print(printedTotalAll), project.name()));
            }
            String block = "项目资金（" + money.unit() + "）";
            String fiscalLabel = Vocabulary.pick(random, "其中：财政拨款", "其中：财政资金", "其中：一般公共预算拨款");
            String otherLabel = Vocabulary.pick(random, "其他资金", "非财政拨款", "事业收入");
            rows.add(new String[] {block, "", implementation + "资金总额", Forms.LEFT, "年度资金总额", Forms.LEFT});
            rows.add(new String[] {Forms.UP, "资金总额", money.print(printedTotalAll), Forms.LEFT, money.print(annual),
                Forms.LEFT});
            rows.add(new String[] {Forms.UP, fiscalLabel, money.print(fiscalAll), Forms.LEFT, money.print(fiscalYear),
                Forms.LEFT});
            rows.add(new String[] {Forms.UP, otherLabel, money.print(other), Forms.LEFT, money.print(other), Forms.LEFT});
            funding.add("资金总额（" + implementation + "）", FundingKind.TOTAL, printedTotalAll)
                    .add("资金总额（年度）", FundingKind.ANNUAL, annual)
                    .add(fiscalLabel + "（" + implementation + "）", FundingKind.FISCAL, fiscalAll)
                    .add(fiscalLabel + "（年度）", FundingKind.FISCAL, fiscalYear)
                    .add(otherLabel + "（" + implementation + "）", FundingKind.OTHER, other);
            rows.add(new String[] {"总体目标", implementation + "目标", Forms.LEFT, Forms.LEFT, "年度目标", Forms.LEFT});
            rows.add(new String[] {Forms.UP, "目标1：" + project.goal(), Forms.LEFT, Forms.LEFT,
                "目标1：完成" + year + "年度建设任务。", Forms.LEFT});
            layout.grid(widths(), 0, false, -1, rows);

            List<String[]> table = new ArrayList<>();
            boolean twoRows = random.nextBoolean();
            String implHeader = Vocabulary.pick(random, implementation + "指标值", implementation + "目标值");
            if (twoRows) {
                table.add(new String[] {"一级指标", "二级指标", "三级指标", "指标值", Forms.LEFT, "备注"});
                table.add(new String[] {Forms.UP, Forms.UP, Forms.UP, implHeader, "年度指标值", Forms.UP});
            } else {
                table.add(new String[] {"一级指标", "二级指标", "三级指标", implHeader, "年度指标值", "备注"});
            }
            int headerRows = table.size();
            List<Indicator> indicators = new ArrayList<>();
            for (IndicatorData indicator : project.indicators()) {
                table.add(new String[] {indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.target().joined(), indicator.annual().joined(), ""});
                indicators.add(Forms.targetIndicator(indicator.level1(), indicator.level2(), indicator.name(),
                        indicator.target().joined(), Indicator.Period.IMPLEMENTATION));
                indicators.add(Forms.targetIndicator(indicator.level1(), indicator.level2(), indicator.name(),
                        indicator.annual().joined(), Indicator.Period.ANNUAL));
            }
            Forms.groups(table, headerRows, new int[] {0, 1}, Forms.groupCells(random));
            layout.grid(widths(), headerRows, random.nextBoolean(), -1, table);
            projects.add(new ProjectRecord(project.name(), department.name(), project.unit(), funding.list(), List.of(),
                    List.of(), indicators, null));
        }
        return new Generated(layout, DocType.TARGET_DECLARATION, department.region(), year, projects, plants);
    }

    private static float[] widths() {
        return new float[] {70, 75, 140, 80, 80, 60};
    }
}
