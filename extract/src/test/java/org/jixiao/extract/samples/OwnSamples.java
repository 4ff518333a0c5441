package org.jixiao.extract.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.extract.forms.FormWorkbook;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.ingest.AutoDetectLoader;

/**
 * Writes the project's own born-digital samples into {@code corpus-samples/}: forms of departments,
 * regions and layouts the shared samples lack — a county 教育体育局 declaration in 万元 with a separate
 * sign and unit column and an indicator table running over a page break with its header repeated, and
 * a district 交通运输局 self-evaluation in the national layout whose score table has no ruling lines.
 * Each form is laid out as a spreadsheet, exported to PDF by LibreOffice (as bureaus export theirs),
 * and its truth file written from the same data. Not a test: run it by hand when a sample is to
 * change, with LibreOffice and a CJK font installed (Debian: libreoffice-calc-nogui, fonts-noto-cjk):
 * <pre>
 * java -cp … org.jixiao.extract.samples.OwnSamples corpus-samples
 * </pre>
 */
public final class OwnSamples {

    /** The indicator row after which the first declaration's table breaks to the next page. */
    private static final int PAGE_BREAK_AFTER = 14;

    private OwnSamples() {
    }

    /** One indicator of a target form: levels, the sign, figure and unit printed in columns of their own. */
    private record Target(String level1, String level2, String level3, String sign, String value, String unit) {
        String printed() {
            return sign + value + unit;
        }
    }

    /** One line of a form's fund block, in 万元. */
    private record Fund(String label, FundingKind kind, String tenThousands) {
        BigDecimal yuan() {
            return new BigDecimal(tenThousands).multiply(BigDecimal.valueOf(10_000));
        }
    }

    private record TargetForm(String name, String department, String code, String unit, List<Fund> funds,
                              String goal, List<Target> targets) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "corpus-samples");
        Path work = Files.createTempDirectory("jixiao-samples");
        countyDeclaration(out, work);
        districtSelfEvaluation(out, work);
    }

    private static void countyDeclaration(Path out, Path work) throws Exception {
        String department = "栾川县教育体育局";
        List<TargetForm> forms = List.of(
                new TargetForm("农村义务教育学生营养改善计划", department, "412001", department,
                        List.of(new Fund("年度资金总额", FundingKind.ANNUAL, "356.80"),
                                new Fund("其中:中央补助资金", FundingKind.CENTRAL, "300.00"),
                                new Fund("上年结转资金", FundingKind.CARRYOVER, "26.80"),
                                new Fund("其他资金", FundingKind.OTHER, "30.00")),
                        "为全县农村义务教育阶段学生每天提供营养膳食补助,改善学生营养状况,提高学生健康水平。",
                        nutritionTargets()),
                new TargetForm("县直学校校舍维修改造", department, "412001", "栾川县第一高级中学",
                        List.of(new Fund("年度资金总额", FundingKind.ANNUAL, "128.50"),
                                new Fund("其中:县级财政资金", FundingKind.MUNICIPAL, "128.50"),
                                new Fund("上年结转资金", FundingKind.CARRYOVER, "0.00"),
                                new Fund("其他资金", FundingKind.OTHER, "0.00")),
                        "完成教学楼屋面防水和外墙维修,消除校舍安全隐患,保障师生安全。",
                        List.of(new Target("产出指标", "数量指标", "维修校舍面积", "≥", "3200", "平方米"),
                                new Target("产出指标", "质量指标", "工程验收合格率", "=", "100", "%"),
                                new Target("产出指标", "时效指标", "完工时间", "≤", "2024年8月", ""),
                                new Target("产出指标", "成本指标", "每平方米维修成本", "≤", "400", "元"),
                                new Target("效益指标", "社会效益指标", "校舍安全隐患消除率", "=", "100", "%"),
                                new Target("效益指标", "可持续影响指标", "维修后使用年限", "≥", "10", "年"),
                                new Target("满意度指标", "服务对象满意度指标", "师生满意度", "≥", "90", "%"))));
        String base = "luanchuan-2024-jiaoyu-targets";
        Path xlsx = work.resolve(base + ".xlsx");
        try (FormWorkbook book = new FormWorkbook()) {
            for (TargetForm form : forms) {
                targetSheet(book, form);
            }
            book.write(xlsx);
        }
        Path pdf = LibreOffice.toPdf(xlsx, out);
        List<ProjectRecord> projects = new ArrayList<>();
        for (TargetForm form : forms) {
            projects.add(new ProjectRecord(form.name(), form.department(), form.unit(),
                    form.funds().stream().map(f -> new Funding(f.label(), f.kind(), f.yuan(), null)).toList(),
                    List.of(), List.of(),
                    form.targets().stream().map(t -> new Indicator(t.level1(), t.level2(), t.level3(), null,
                            t.printed(), null, null, null, null, null, null)).toList(),
                    null));
        }
        writeTruth(pdf, DocType.TARGET_DECLARATION, new Region("河南省", "洛阳市", "栾川县"), 2024, projects);
    }

    /** Enough indicators that the table runs onto a second page. */
    private static List<Target> nutritionTargets() {
        List<Target> targets = new ArrayList<>(List.of(
                new Target("产出指标", "数量指标", "受益学生人数", "≥", "12000", "人"),
                new Target("产出指标", "数量指标", "覆盖学校数量", "=", "86", "所"),
                new Target("产出指标", "数量指标", "供餐天数", "≥", "200", "天"),
                new Target("产出指标", "质量指标", "食品安全事故发生次数", "=", "0", "次"),
                new Target("产出指标", "质量指标", "营养餐达标率", "≥", "98", "%"),
                new Target("产出指标", "质量指标", "供餐单位资质合格率", "=", "100", "%"),
                new Target("产出指标", "时效指标", "补助资金拨付及时率", "=", "100", "%"),
                new Target("产出指标", "成本指标", "每生每天补助标准", "≤", "5", "元")));
        String[] schools = {"城关镇", "赤土店镇", "合峪镇", "潭头镇", "三川镇", "冷水镇", "叫河镇", "陶湾镇", "石庙镇",
            "庙子镇", "狮子庙镇", "白土镇"};
        for (String school : schools) {
            targets.add(new Target("产出指标", "数量指标", school + "受益学生人数", "≥", "600", "人"));
        }
        targets.addAll(List.of(
                new Target("效益指标", "社会效益指标", "学生营养健康状况改善", "", "明显改善", ""),
                new Target("效益指标", "社会效益指标", "学生体质健康合格率", "≥", "92", "%"),
                new Target("效益指标", "可持续影响指标", "营养改善长效机制", "", "健全", ""),
                new Target("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%")));
        return targets;
    }

    private static void targetSheet(FormWorkbook book, TargetForm form) {
        int columns = 6;
        book.sheet(form.name().substring(0, 4), false, 12, 16, 30, 9, 14, 10)
                .title("栾川县县级部门项目支出绩效目标申报表", columns)
                .text("(2024年度)", columns);
        book.row(true, 0, "项目名称", form.name(), "<", "<", "<", "<");
        book.row(true, 0, "主管部门及代码", form.code() + "-" + form.department(), "<", "实施单位", form.unit(), "<");
        book.row(true, 0, "项目属性", "经常性项目", "<", "项目期", "1年", "<");
        int fundStart = book.nextRow();
        for (int i = 0; i < form.funds().size(); i++) {
            Fund fund = form.funds().get(i);
            book.row(true, 0, i == 0 ? "项目资金(万元)" : "^", fund.label(), "<", fund.tenThousands(), "<", "<");
        }
        book.merge(fundStart, book.nextRow() - 1, 0, 0);
        book.row(true, 36, "年度绩效目标", form.goal(), "<", "<", "<", "<");
        int header = book.nextRow();
        book.row(true, 0, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位");
        book.repeatRows(header, header);
        int groupStart = header + 1;
        int subgroupStart = header + 1;
        List<Target> targets = form.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            boolean newGroup = i == 0 || !t.level1().equals(targets.get(i - 1).level1());
            boolean newSubgroup = newGroup || !t.level2().equals(targets.get(i - 1).level2());
            int row = book.nextRow();
            if (newGroup && i > 0) {
                mergeIfSeveral(book, groupStart, row - 1, 0);
                groupStart = row;
            }
            if (newSubgroup && i > 0) {
                mergeIfSeveral(book, subgroupStart, row - 1, 1);
                subgroupStart = row;
            }
            book.row(true, 30, newGroup ? t.level1() : "", newSubgroup ? t.level2() : "", t.level3(), t.sign(), t.value(),
                    t.unit());
            if (i == PAGE_BREAK_AFTER) {
                // the table runs on over the page break, inside merged group cells, with its header repeated
                book.pageBreak();
            }
        }
        mergeIfSeveral(book, groupStart, book.nextRow() - 1, 0);
        mergeIfSeveral(book, subgroupStart, book.nextRow() - 1, 1);
        book.row(true, 0, "填报人:", "王丽", "联系电话:", "0379-66823150", "填报日期:", "2023-10-20");
    }

    private static void mergeIfSeveral(FormWorkbook book, int first, int last, int column) {
        if (last > first) {
            book.merge(first, last, column, column);
        }
    }

    private static void districtSelfEvaluation(Path out, Path work) throws Exception {
        String base = "nanshan-2022-jiaotong-selfeval";
        Path xlsx = work.resolve(base + ".xlsx");
        String name = "公交场站运营维护";
        String department = "深圳市南山区交通运输局";
        String unit = "深圳市南山区公共交通服务中心";
        String[][] indicators = {
            {"产出指标", "数量指标", "公交场站维护数量", "≥30个", "32个", "10", "10", ""},
            {"", "", "候车亭保洁次数", "≥52次", "52次", "10", "10", ""},
            {"", "质量指标", "场站设施完好率", "≥95%", "96%", "10", "10", ""},
            {"", "", "安全事故发生次数", "=0次", "0次", "10", "10", ""},
            {"", "时效指标", "故障维修响应时间", "≤2小时", "1.5小时", "10", "10", ""},
            {"效益指标", "社会效益指标", "公交准点率", "≥90%", "85%", "15", "14.17", "受道路施工影响"},
            {"", "可持续影响指标", "场站管理制度健全性", "健全", "健全", "15", "15", ""},
            {"满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", "80%", "10", "9.41", "部分线路调整"},
        };
        try (FormWorkbook book = new FormWorkbook()) {
            int columns = 8;
            book.sheet("自评表", true, 14, 18, 22, 12, 12, 8, 10, 24)
                    .title("项目支出绩效自评表", columns)
                    .text("(2022年度)", columns);
            book.row(true, 0, "项目名称", name, "<", "<", "<", "<", "<", "<");
            book.row(true, 0, "主管部门", department, "<", "<", "实施单位", unit, "<", "<");
            int fundStart = book.nextRow();
            book.row(true, 0, "项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            book.row(true, 0, "^", "年度资金总额", "500.00", "480.00", "456.00", "10", "95.00%", "9.50");
            book.row(true, 0, "^", "其中:当年财政拨款", "500.00", "480.00", "456.00", "-", "-", "-");
            book.row(true, 0, "^", "上年结转资金", "0.00", "0.00", "0.00", "-", "-", "-");
            book.row(true, 0, "^", "其他资金", "0.00", "0.00", "0.00", "-", "-", "-");
            book.merge(fundStart, book.nextRow() - 1, 0, 0);
            book.row(true, 0, "年度总体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<");
            book.row(true, 48, "^", "保障全区公交场站安全有序运营,设施完好,服务乘客出行。", "<", "<",
                    "全年维护场站32个,设施完好率96%,未发生安全事故。", "<", "<", "<");
            book.merge(book.nextRow() - 2, book.nextRow() - 1, 0, 0);
            book.text("", columns);
            book.row(false, 0, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
            for (String[] row : indicators) {
                book.row(false, 0, row);
            }
            book.row(false, 0, "总分", "", "", "", "", "100", "98.08", "");
            book.row(false, 0, "自评等级", "", "", "", "", "", "优", "");
            book.write(xlsx);
        }
        Path pdf = LibreOffice.toPdf(xlsx, out);
        List<Indicator> truthIndicators = new ArrayList<>();
        // the fund block scores the execution rate like an indicator: 分值 10, 执行率 95.00%, 得分 9.50
        truthIndicators.add(new Indicator("执行率", null, "执行率", null, null, "95.00%", "10", "9.50", null, 1, null));
        String level1 = null;
        String level2 = null;
        for (String[] row : indicators) {
            level1 = row[0].isEmpty() ? level1 : row[0];
            level2 = row[1].isEmpty() ? level2 : row[1];
            truthIndicators.add(new Indicator(level1, level2, row[2], null, row[3], row[4], row[5], row[6], null, null, null));
        }
        List<Funding> funding = List.of(
                new Funding("年度资金总额(年初预算数)", FundingKind.BUDGET, new BigDecimal("5000000"), 1),
                new Funding("年度资金总额(全年预算数)", FundingKind.ADJUSTED_BUDGET, new BigDecimal("4800000"), 1),
                new Funding("年度资金总额(全年执行数)", FundingKind.SPENT, new BigDecimal("4560000"), 1),
                new Funding("上年结转资金(年初预算数)", FundingKind.BUDGET, BigDecimal.ZERO, 1),
                new Funding("上年结转资金(全年预算数)", FundingKind.ADJUSTED_BUDGET, BigDecimal.ZERO, 1),
                new Funding("上年结转资金(全年执行数)", FundingKind.SPENT, BigDecimal.ZERO, 1));
        ProjectRecord project = new ProjectRecord(name, department, unit, funding,
                List.of(new Rate("年度资金总额(执行率)", Rate.Kind.EXECUTION_RATE, new BigDecimal("95.00"), 1)),
                List.of(), truthIndicators, new Evaluation("98.08", "优"));
        writeTruth(pdf, DocType.SELF_EVALUATION, new Region("广东省", "深圳市", "南山区"), 2022, List.of(project));
    }

    private static void writeTruth(Path pdf, DocType type, Region region, int year, List<ProjectRecord> projects)
            throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        Source source = new Source(pdf.getFileName().toString(), AutoDetectLoader.sha256(pdf), pages, List.of());
        DocumentRecord truth = new DocumentRecord(source, type, region, year, projects, List.of());
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", ".truth.json");
        Files.writeString(pdf.resolveSibling(name),
                RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(truth) + "\n");
    }

    /** LibreOffice's headless export, as the bureaus' own spreadsheets reach PDF. */
    static final class LibreOffice {
        static Path toPdf(Path xlsx, Path outDir) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                    outDir.toString(), xlsx.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException("libreoffice failed on " + xlsx);
            }
            return outDir.resolve(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf"));
        }
    }
}
