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
 * The compact county declaration: attributes as checkboxes (□新增 √延续), the money on one row of
 * label–figure pairs, a short indicator table. {@code stacked}: two such forms printed one below the
 * other on one page (one sheet), each its own project.
 */
final class CompactFamily implements Family {

    private static final int COLUMNS = 6;

    private final boolean stacked;

    CompactFamily(boolean stacked) {
        this.stacked = stacked;
    }

    @Override
    public String id() {
        return stacked ? "f11-stacked" : "f04-compact";
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
        MoneyStyle money = MoneyStyle.draw(random);
        Layout layout = new Layout(false);
        List<ProjectRecord> projects = new ArrayList<>();
        List<Plant> plants = new ArrayList<>();
        int count = stacked ? 2 : 1;
        int plantedIn = random.nextInt(count);
        List<ProjectData> drawn = drafts.projects(department, sector, year, false, count);
        for (int p = 0; p < count; p++) {
            ProjectData project = drawn.get(p);
            projects.add(form(random, layout, project, money, p == plantedIn ? plant : Set.of(), plants));
        }
        return new Generated(layout, DocType.TARGET_DECLARATION, department.region(), year, projects, plants);
    }

    private ProjectRecord form(Random random, Layout layout, ProjectData project, MoneyStyle money, Set<String> plant,
                               List<Plant> plants) {
        Agency department = project.department();
        layout.title(project.year() + "年度" + Vocabulary.pick(random, "项目绩效目标申报表", "项目支出绩效目标表"));
        FundingTruth funding = new FundingTruth();
        List<String[]> rows = new ArrayList<>();
        rows.add(Forms.stretched(COLUMNS, "项目名称", project.name()));
        String departmentLabel = Vocabulary.pick(random, "主管部门", "申报单位", "预算部门", "主管部门编码+名称", "填报单位（盖章）");
        rows.add(Forms.pairs(COLUMNS, departmentLabel, Forms.departmentValue(random, departmentLabel, department),
                Vocabulary.pick(random, "实施单位", "用款单位"), project.unit()));
        boolean continued = random.nextBoolean();
        rows.add(Forms.pairs(COLUMNS, "项目属性", (continued ? "□新增  √延续" : "√新增  □延续"), "项目类型",
                Vocabulary.pick(random, "√经常性  □一次性", "□经常性  √一次性")));
        BigDecimal fiscal = project.sources().fiscal();
        BigDecimal other = project.sources().other().add(project.sources().carryover());
        BigDecimal total = project.sources().annual();
        if (plant.contains("sum_mismatch")) {
            total = total.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 10_000L));
            plants.add(new Plant("sum_mismatch", "年度资金总额 " + money.print(total) + " ≠ 财政资金与其他资金之和 "
                    + money.print(project.sources().annual()), money.print(project.sources().annual()), money.print(total),
                    money.print(total), project.name()));
        }
        String totalLabel = "年度资金总额（" + money.unit() + "）";
        rows.add(new String[] {totalLabel, money.print(total), "财政资金", money.print(fiscal), "其他资金", money.print(other)});
        funding.add(totalLabel, FundingKind.ANNUAL, total).add("财政资金", FundingKind.FISCAL, fiscal)
                .add("其他资金", FundingKind.OTHER, other);
        rows.add(Forms.stretched(COLUMNS, "年度目标", project.goal()));
        String valueHeader = Vocabulary.pick(random, "指标值", "目标值", "年度指标值");
        int headerRow = rows.size();
        rows.add(new String[] {"一级指标", "二级指标", "三级指标", Forms.LEFT, valueHeader, Forms.LEFT});
        List<Indicator> indicators = new ArrayList<>();
        // a compact form keeps one or two indicators per class
        List<IndicatorData> kept = new ArrayList<>();
        for (IndicatorData indicator : project.indicators()) {
            long sameClass = kept.stream().filter(k -> k.level1().equals(indicator.level1())).count();
            if (sameClass < 2) {
                kept.add(indicator);
            }
        }
        for (IndicatorData indicator : kept) {
            rows.add(new String[] {indicator.level1(), indicator.level2(), indicator.name(), Forms.LEFT,
                indicator.target().joined(), Forms.LEFT});
            indicators.add(Forms.targetIndicator(indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.target().joined(), null));
        }
        Forms.groups(rows, headerRow + 1, new int[] {0}, Forms.GroupCells.MERGED);
        layout.grid(new float[] {75, 80, 80, 80, 80, 85}, 0, false, -1, rows);
        return new ProjectRecord(project.name(), department.name(), project.unit(), funding.list(), List.of(), List.of(),
                indicators, null);
    }
}
