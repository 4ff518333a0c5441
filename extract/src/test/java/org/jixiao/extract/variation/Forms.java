package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.IndicatorData;
import org.jixiao.extract.variation.FormData.Sources;
import org.jixiao.extract.variation.Places.Level;

/** Pieces the form families share: label variants, rows spread over a grid, the truth's entries. */
final class Forms {

    static final String LEFT = "<";
    static final String UP = "^";

    private Forms() {
    }

    /** 主管部门 and its variants (DOMAIN.md). */
    static String departmentLabel(Random random) {
        return Vocabulary.pick(random, "主管部门", "主管部门及代码", "预算部门", "申报单位", "项目主管部门", "一级主管部门名称",
                "主管部门名称", "主管部门编码+名称", "市级主管部门", "编制单位（盖章）", "填报单位（盖章）");
    }

    static String unitLabel(Random random) {
        return Vocabulary.pick(random, "实施单位", "项目实施单位", "实施单位（盖章）", "项目单位", "用款单位");
    }

    /** A department as a form prints it under its label: with a numeric code where the label asks for one. */
    static String departmentValue(Random random, String label, Agency department) {
        if (label.contains("代码") || label.contains("编码")) {
            return (100 + random.nextInt(899)) + Vocabulary.pick(random, "-", "", " ") + department.name();
        }
        return department.name();
    }

    /** The start of a form's title, naming the level of government as bureaus do: 洛阳市市级, 栾川县县级. */
    static String titlePrefix(Random random, Agency department) {
        Region region = department.region();
        if (random.nextInt(3) == 0) {
            return "";
        }
        return switch (department.place().level()) {
            case PROVINCE -> region.province() + (region.province().endsWith("市") ? "市级" : "省级");
            case CITY -> region.city() + "市级";
            case COUNTY -> region.county() + (region.county().endsWith("区") ? "区级" : "县级");
        };
    }

    /** A row of label–value pairs spread over the grid's columns. */
    static String[] pairs(int columns, String... labelValue) {
        String[] row = new String[columns];
        Arrays.fill(row, LEFT);
        int pairs = labelValue.length / 2;
        int span = columns / pairs;
        for (int p = 0; p < pairs; p++) {
            int start = p * span;
            row[start] = labelValue[2 * p];
            row[start + 1] = labelValue[2 * p + 1];
        }
        return row;
    }

    /** A row: the given leading cells, the last one stretched over the rest of the grid. */
    static String[] stretched(int columns, String... cells) {
        String[] row = new String[columns];
        Arrays.fill(row, LEFT);
        System.arraycopy(cells, 0, row, 0, cells.length);
        return row;
    }

    /** A row: cells placed at the given column positions, each stretched to the next. */
    static String[] at(int columns, int[] starts, String... cells) {
        String[] row = new String[columns];
        Arrays.fill(row, LEFT);
        for (int i = 0; i < starts.length; i++) {
            row[starts[i]] = cells[i];
        }
        return row;
    }

    /** Marks a block's first column as merged over rows (the cells below the first become {@code ^}). */
    static void mergeDown(List<String[]> rows, int from, int to, int column) {
        for (int r = from + 1; r < to; r++) {
            rows.get(r)[column] = UP;
        }
    }

    /** How a table prints a group's name on the rows after its first. */
    enum GroupCells {
        /** merged over the group's rows */
        MERGED,
        /** printed on every row */
        REPEATED,
        /** printed on the first row only, the cells below empty and ruled */
        BLANK
    }

    static GroupCells groupCells(Random random) {
        return GroupCells.values()[random.nextInt(GroupCells.values().length)];
    }

    /**
     * Applies a group style to the level columns of indicator rows: the group's name on its first row,
     * then merged, repeated or blank below.
     */
    static void groups(List<String[]> rows, int from, int[] levelColumns, GroupCells style) {
        // deepest level first, so that the levels left of it still hold their names when compared
        for (int i = levelColumns.length - 1; i >= 0; i--) {
            int column = levelColumns[i];
            int start = from;
            for (int r = from + 1; r <= rows.size(); r++) {
                boolean ends = r == rows.size() || !same(rows, start, r, levelColumns, column);
                if (ends) {
                    for (int k = start + 1; k < r; k++) {
                        rows.get(k)[column] = switch (style) {
                            case MERGED -> UP;
                            case REPEATED -> rows.get(start)[column];
                            case BLANK -> "";
                        };
                    }
                    start = r;
                }
            }
        }
    }

    /** Whether row r continues row start's group in the column (and in every column left of it). */
    private static boolean same(List<String[]> rows, int start, int r, int[] levelColumns, int column) {
        for (int c : levelColumns) {
            if (c > column) {
                break;
            }
            if (!rows.get(start)[c].equals(rows.get(r)[c])) {
                return false;
            }
        }
        return true;
    }

    /** The truth's funding: one entry per kind and amount, the first label kept. */
    static final class FundingTruth {
        private final Map<String, Funding> entries = new LinkedHashMap<>();

        FundingTruth add(String label, FundingKind kind, BigDecimal yuan) {
            entries.putIfAbsent(kind + "|" + yuan.setScale(2).toPlainString(), new Funding(label, kind, yuan, null));
            return this;
        }

        List<Funding> list() {
            return List.copyOf(entries.values());
        }
    }

    /** The source rows of a fund block: label, kind and amount, the fiscal share by level where split. */
    record FundRow(String label, FundingKind kind, BigDecimal yuan) {
    }

    static List<FundRow> sourceRows(Random random, Sources sources, Agency department, boolean annualFirst) {
        List<FundRow> rows = new ArrayList<>();
        if (annualFirst) {
            rows.add(new FundRow(Vocabulary.pick(random, "年度资金总额", "年度资金总额", "本年度资金总额", "年度资金申请总额"),
                    FundingKind.ANNUAL, sources.annual()));
        }
        String first = "其中：";
        // 本级 is the issuing government's own level: a province's own money is its provincial money, printed once
        boolean province = department.place().level() == Level.PROVINCE;
        BigDecimal provincial = province ? BigDecimal.ZERO : sources.provincial();
        BigDecimal local = province ? sources.local().add(sources.provincial()) : sources.local();
        if (sources.central().signum() == 0 && provincial.signum() == 0) {
            if (random.nextInt(4) == 0) {
                // the budget law's own split of fiscal money: the general budget and the government funds
                BigDecimal general = sources.fiscal().multiply(BigDecimal.valueOf(60 + random.nextInt(30)))
                        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100))
                        .setScale(2);
                rows.add(new FundRow(first + "一般公共预算拨款", FundingKind.FISCAL, general));
                rows.add(new FundRow("政府性基金预算拨款", FundingKind.FISCAL, sources.fiscal().subtract(general)));
            } else {
                rows.add(new FundRow(first + Vocabulary.pick(random, "财政拨款", "当年财政拨款", "财政资金", "本级财政",
                        "一般公共预算拨款"), FundingKind.FISCAL, sources.fiscal()));
            }
        } else {
            if (sources.central().signum() > 0) {
                rows.add(new FundRow(first + Vocabulary.pick(random, "中央补助资金", "中央财政资金", "中央补助"),
                        FundingKind.CENTRAL, sources.central()));
                first = "";
            }
            if (provincial.signum() > 0) {
                rows.add(new FundRow(first + "省级财政资金", FundingKind.PROVINCIAL, provincial));
                first = "";
            }
            String level = province ? "本级财政资金" : Vocabulary.pick(random, "本级财政资金",
                    department.place().level() == Level.COUNTY ? "县级财政资金" : "市级财政资金");
            rows.add(new FundRow(first + level, province ? FundingKind.PROVINCIAL : FundingKind.MUNICIPAL, local));
        }
        rows.add(new FundRow(Vocabulary.pick(random, "上年结转资金", "上年结转"), FundingKind.CARRYOVER, sources.carryover()));
        String other = Vocabulary.pick(random, "其他资金", "其他资金", "单位自筹", "自有资金", "事业收入", "纳入财政专户管理的收入",
                "未纳入财政专户管理的收入");
        boolean selfRaised = other.equals("单位自筹") || other.equals("自有资金");
        rows.add(new FundRow(other, selfRaised ? FundingKind.SELF_RAISED : FundingKind.OTHER, sources.other()));
        return rows;
    }

    /** A target-only indicator of the truth. */
    static Indicator targetIndicator(String level1, String level2, String level3, String target, Indicator.Period period) {
        return new Indicator(level1, level2, level3, null, target, null, null, null, period, null, null);
    }

    /** The 一级/二级 names in a form's own style: 产出指标/数量指标 or 产出/数量. */
    static String level(String name, boolean shortNames) {
        return shortNames && name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Whether an indicator is a cost (成本) indicator, which a layout may class on its own. */
    static boolean cost(IndicatorData indicator) {
        return indicator.level2().contains("成本");
    }
}
