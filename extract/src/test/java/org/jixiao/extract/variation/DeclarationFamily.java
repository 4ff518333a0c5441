package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.jixiao.extract.variation.Forms.FundRow;
import org.jixiao.extract.variation.Forms.FundingTruth;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * The national 项目支出绩效目标申报表 of one year: project, department and unit, a fund block of the
 * year's money and its sources, the year's goal, and an indicator table 一级/二级/三级 with targets
 * either in sign, figure and unit columns of their own ({@code split}) or joined in one cell. One to
 * three projects, each its own form (page, or sheet of the workbook).
 */
final class DeclarationFamily implements Family {

    private final boolean split;

    DeclarationFamily(boolean split) {
        this.split = split;
    }

    @Override
    public String id() {
        return split ? "f01-decl-split" : "f02-decl-joined";
    }

    @Override
    public Office office() {
        return Office.XLSX;
    }

    @Override
    public List<String> plantable() {
        return List.of("sum_mismatch", "conflicting_figure");
    }

    /** Where a form states the unit of its money. */
    enum UnitPlace { HEADER, CORNER, CELL, COLUMN }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Agency department = drafts.department(drafts.place(), sector);
        int count = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        MoneyStyle money = MoneyStyle.draw(random);
        int year = 2019 + random.nextInt(7);
        Style style = Style.draw(random, split, year);
        String title = Forms.titlePrefix(random, department) + Vocabulary.pick(random, "项目支出绩效目标申报表",
                "部门项目支出绩效目标申报表", "财政支出项目绩效目标申报表", "预算项目绩效目标表");
        Layout layout = new Layout(random.nextInt(4) == 0);
        List<ProjectRecord> projects = new ArrayList<>();
        List<Plant> plants = new ArrayList<>();
        int plantedIn = random.nextInt(count);
        List<ProjectData> drawn = drafts.projects(department, sector, year, false, count);
        for (int p = 0; p < count; p++) {
            ProjectData project = drawn.get(p);
            layout.sheet(sheetName(project, p));
            form(random, layout, project, title, year, money, style, p == plantedIn ? plant : Set.of(), projects, plants);
        }
        return new Generated(layout, DocType.TARGET_DECLARATION, department.region(), year, projects, plants);
    }

    static String sheetName(ProjectData project, int index) {
        return (index + 1) + "-" + project.name().substring(0, Math.min(6, project.name().length()));
    }

    /** The choices of layout one document keeps over its forms. */
    record Style(boolean number, boolean twoRowHeader, Forms.GroupCells groups, UnitPlace unitPlace,
                 String departmentLabel, String unitLabel, String goalLabel, String valueHeader, String signHeader,
                 String unitHeader, boolean shortLevels, boolean explanation, boolean overview, int breakAt,
                 boolean repeatHeader, boolean remarks, String level3Header, String explanationHeader) {

        /** Whether the column after the targets holds last year's or a reference figure, not words. */
        boolean figures() {
            return explanationHeader.equals("历史值") || explanationHeader.equals("参考值");
        }

        static Style draw(Random random, boolean split, int year) {
            return new Style(random.nextInt(3) == 0, split && random.nextBoolean(), Forms.groupCells(random),
                    UnitPlace.values()[random.nextInt(4)], Forms.departmentLabel(random), Forms.unitLabel(random),
                    Vocabulary.pick(random, "年度绩效目标", "年度总体目标", "绩效目标", "项目年度目标"),
                    Vocabulary.pick(random, "指标值", "年度指标值", "目标值", "绩效目标值", "指标值（" + year + "年）",
                            "目标值（标准）"),
                    Vocabulary.pick(random, "指标性质", "计算符号", "运算符号", "符号"),
                    Vocabulary.pick(random, "度量单位", "计量单位", "单位"), random.nextInt(4) == 0,
                    !split && random.nextBoolean(), random.nextBoolean(),
                    random.nextInt(3) == 0 ? 2 + random.nextInt(6) : -1, random.nextBoolean(), random.nextInt(3) == 0,
                    Vocabulary.pick(random, "三级指标", "三级指标", "指标内容"),
                    Vocabulary.pick(random, "指标解释", "指标值说明", "历史值", "参考值"));
        }
    }

    private void form(Random random, Layout layout, ProjectData project, String title, int year, MoneyStyle money,
                      Style style, Set<String> plant, List<ProjectRecord> projects, List<Plant> plants) {
        int levelStart = style.number() ? 1 : 0;
        int columns = levelStart + 3 + (split ? 3 : 1) + (style.explanation() ? 1 : 0);
        layout.title(title);
        layout.line(Vocabulary.pick(random, "（" + year + "年度）", "（" + year + "年）", "预算年度：" + year + "年"));
        if (random.nextBoolean()) {
            // the date of filling falls in the year before the budget year
            layout.line("填报日期：" + (year - 1) + "年" + (9 + random.nextInt(3)) + "月" + (1 + random.nextInt(28)) + "日");
        }
        if (style.unitPlace() == UnitPlace.CORNER) {
            layout.corner("金额单位：" + money.unit());
        }
        FundingTruth funding = new FundingTruth();
        int upper = style.number() ? columns - 1 : columns;
        List<String[]> rows = new ArrayList<>();
        rows.add(Forms.stretched(upper, "项目名称", project.name()));
        Agency department = project.department();
        rows.add(Forms.pairs(upper, style.departmentLabel(),
                Forms.departmentValue(random, style.departmentLabel(), department), style.unitLabel(), project.unit()));
        rows.add(Forms.pairs(upper, "项目属性", Vocabulary.pick(random, "经常性项目", "一次性项目", "延续项目", "新增项目"),
                "项目期", "1年"));
        List<FundRow> fundRows = Forms.sourceRows(random, project.sources(), department, true);
        BigDecimal printedAnnual = project.sources().annual();
        if (plant.contains("sum_mismatch")) {
            BigDecimal delta = BigDecimal.valueOf((1 + random.nextInt(9)) * 100_000L).setScale(2);
            printedAnnual = printedAnnual.add(random.nextBoolean() ? delta : delta.negate().max(printedAnnual.negate()
                    .add(BigDecimal.valueOf(10_000))));
            if (printedAnnual.compareTo(project.sources().annual()) == 0) {
                printedAnnual = printedAnnual.add(delta);
            }
            BigDecimal sum = project.sources().annual();
            plants.add(new Plant("sum_mismatch", fundRows.get(0).label() + "为 " + money.print(printedAnnual)
                    + "，各来源之和为 " + money.print(sum), money.print(sum), money.print(printedAnnual),
                    money.print(printedAnnual), project.name()));
        }
        String block = style.unitPlace() == UnitPlace.HEADER ? "项目资金（" + money.unit() + "）" : "项目资金";
        int fundStart = rows.size();
        int amountColumn = Math.max(2, upper / 2);
        for (FundRow row : fundRows) {
            BigDecimal yuan = row.kind() == FundingKind.ANNUAL ? printedAnnual : row.yuan();
            String amount = style.unitPlace() == UnitPlace.CELL ? money.withUnit(yuan) : money.print(yuan);
            if (style.unitPlace() == UnitPlace.COLUMN && upper - 1 > amountColumn) {
                rows.add(Forms.at(upper, new int[] {0, 1, amountColumn, upper - 1}, block, row.label(), amount,
                        money.unit()));
            } else {
                rows.add(Forms.at(upper, new int[] {0, 1, amountColumn}, block, row.label(), amount));
            }
            funding.add(row.label(), row.kind(), yuan);
        }
        Forms.mergeDown(rows, fundStart, rows.size(), 0);
        rows.add(Forms.stretched(upper, style.goalLabel(), project.goal()));
        if (style.overview() || plant.contains("conflicting_figure")) {
            BigDecimal stated = printedAnnual;
            MoneyStyle textMoney = random.nextBoolean() ? money : money.other();
            if (plant.contains("conflicting_figure")) {
                stated = stated.add(BigDecimal.valueOf((1 + random.nextInt(9)) * 10_000L));
                plants.add(new Plant("conflicting_figure", "年度资金总额在资金表中为 " + money.withUnit(printedAnnual)
                        + "，在项目概况中为 " + textMoney.withUnit(stated), money.print(printedAnnual),
                        textMoney.print(stated), textMoney.withUnit(stated), project.name()));
            }
            funding.add("年度资金总额", FundingKind.ANNUAL, stated);
            rows.add(Forms.stretched(upper, "项目概况", "本项目年度资金总额" + textMoney.withUnit(stated) + "，主要用于"
                    + project.subItems().stream().map(FormData.SubItem::name).reduce((a, b) -> a + "、" + b).orElse("")
                    + "等。"));
        }
        if (style.number()) {
            // the upper block's labels span the 序号 column and the first level's
            rows.replaceAll(row -> widen(row));
        }
        layout.grid(widths(columns, levelStart, style), 0, false, -1, rows);

        List<String[]> table = new ArrayList<>();
        String number = "序号";
        if (style.twoRowHeader()) {
            table.add(header(columns, style, number, true));
            table.add(header(columns, style, number, false));
        } else {
            table.add(header(columns, style, number, false));
        }
        int headerRows = table.size();
        List<Indicator> indicators = new ArrayList<>();
        int n = 1;
        for (IndicatorData indicator : project.indicators()) {
            String level1 = Forms.level(indicator.level1(), style.shortLevels());
            String level2 = Forms.level(indicator.level2(), style.shortLevels());
            String[] row = new String[columns];
            int c = 0;
            if (style.number()) {
                row[c++] = Integer.toString(n++);
            }
            row[c++] = level1;
            row[c++] = level2;
            row[c++] = indicator.name();
            if (split) {
                row[c++] = indicator.target().sign();
                row[c++] = indicator.target().value();
                row[c++] = indicator.target().unit();
            } else {
                row[c++] = indicator.target().joined();
            }
            if (style.explanation()) {
                row[c] = style.figures() ? reference(random, indicator) : "考察" + indicator.name() + "情况";
            }
            table.add(row);
            String target = split ? indicator.target().columns() : indicator.target().joined();
            indicators.add(Forms.targetIndicator(level1, level2, indicator.name(), target, null));
        }
        Forms.groups(table, headerRows, new int[] {levelStart, levelStart + 1}, style.groups());
        if (style.remarks()) {
            // a closing remark row of the form, not an indicator
            table.add(Forms.stretched(columns, Vocabulary.pick(random, "需要说明的其它问题", "其他需要说明的问题", "备注"),
                    Vocabulary.pick(random, "无", "无。", "/")));
        }
        int breakAt = style.breakAt() > 0 && style.breakAt() < project.indicators().size()
                ? headerRows + style.breakAt() : -1;
        layout.grid(widths(columns, levelStart, style), headerRows, style.repeatHeader(), breakAt, table);
        projects.add(new ProjectRecord(project.name(), department.name(), project.unit(), funding.list(), List.of(),
                List.of(), indicators, null));
    }

    /** Last year's figure of an indicator, or a benchmark: a number and unit without a sign, or a dash. */
    private static String reference(Random random, IndicatorData indicator) {
        if (indicator.targetNumber() == null) {
            return "—";
        }
        BigDecimal figure = indicator.target().unit().equals("%") ? indicator.targetNumber()
                : indicator.targetNumber().multiply(BigDecimal.valueOf(80 + random.nextInt(20)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
        return figure.toPlainString() + indicator.target().unit();
    }

    /** A row of one column less, its first cell stretched over two columns. */
    private static String[] widen(String[] row) {
        String[] wide = new String[row.length + 1];
        wide[0] = row[0];
        wide[1] = row[0].equals(Forms.UP) ? Forms.UP : Forms.LEFT;
        System.arraycopy(row, 1, wide, 2, row.length - 1);
        return wide;
    }

    private String[] header(int columns, Style style, String number, boolean upper) {
        String[] row = new String[columns];
        int c = 0;
        if (style.number()) {
            row[c++] = style.twoRowHeader() && !upper ? Forms.UP : number;
        }
        boolean lower = style.twoRowHeader() && !upper;
        row[c++] = lower ? Forms.UP : "一级指标";
        row[c++] = lower ? Forms.UP : "二级指标";
        row[c++] = lower ? Forms.UP : style.level3Header();
        if (split) {
            if (upper) {
                row[c++] = style.valueHeader();
                row[c++] = Forms.LEFT;
                row[c++] = Forms.LEFT;
            } else if (style.twoRowHeader()) {
                row[c++] = style.signHeader();
                row[c++] = "数值";
                row[c++] = "单位";
            } else {
                row[c++] = style.signHeader();
                row[c++] = style.valueHeader();
                row[c++] = style.unitHeader();
            }
        } else {
            row[c++] = style.valueHeader();
        }
        if (style.explanation()) {
            row[c] = style.explanationHeader();
        }
        return row;
    }

    private float[] widths(int columns, int levelStart, Style style) {
        float[] widths = new float[columns];
        int c = 0;
        if (style.number()) {
            widths[c++] = 30;
        }
        widths[c++] = 70;
        widths[c++] = 75;
        widths[c++] = 140;
        if (split) {
            widths[c++] = 45;
            widths[c++] = 60;
            widths[c++] = 45;
        } else {
            widths[c++] = 90;
        }
        if (style.explanation()) {
            widths[c] = 120;
        }
        return widths;
    }
}
