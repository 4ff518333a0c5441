package org.jixiao.extract.check.planted;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.extract.forms.FormWriter;

/**
 * Writes the planted-error samples of {@code corpus-samples/} ({@code planted-*.pdf}): small documents
 * in the genre's layouts, each with errors a reviewer should find, and which the truth files beside
 * them list. Not a test: run it by hand when a sample is to change, with a CJK TrueType font
 * (Debian's {@code fonts-wqy-microhei}):
 * <pre>
 * java -cp … org.jixiao.extract.check.planted.PlantedSamples corpus-samples /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
 * </pre>
 * The planted errors, by page:
 * <ul>
 *   <li>{@code planted-selfeval-2022}: p.1 资金结余 ≠ 到位 − 支出 ({@code balance}); p.2 86.97 分评为“优秀”
 *       ({@code grade_mismatch}); p.3 预算执行率得分 9.75 ≠ 87.50% × 10 ({@code score_formula}).</li>
 *   <li>{@code planted-target-2022-wanyuan} (万元): p.1 资金来源合计 310.00 ≠ 市级 300.00 and 子项目合计
 *       212.30 ≠ 202.30 ({@code sum_mismatch} twice); p.2 满意度目标 ≥105% and 成本指标 ≥ (two
 *       {@code target_sanity} warnings).</li>
 *   <li>{@code planted-evaluation-2022}: p.1 预算执行率 98.40% ≠ 1,127,500.00 ÷ 1,150,000.00
 *       ({@code execution_rate}); p.3 正文 C 项目绩效“得 47 分” ≠ 46.5 ({@code score_sum}) and 评价等级“优”
 *       against 良 on p.2 ({@code conflicting_figure}).</li>
 * </ul>
 */
public final class PlantedSamples {

    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;

    private PlantedSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlantedSamples OUTPUT_DIR FONT.ttc");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        try (TrueTypeCollection collection = new TrueTypeCollection(Path.of(args[1]).toFile())) {
            FormWriter.FontSource font = document -> PDType0Font.load(document,
                    collection.getFontByName("WenQuanYiMicroHei"), true);
            selfEvaluation(font, out.resolve("planted-selfeval-2022.pdf"));
            targetDeclaration(font, out.resolve("planted-target-2022-wanyuan.pdf"));
            evaluationReport(font, out.resolve("planted-evaluation-2022.pdf"));
        }
    }

    private static void selfEvaluation(FormWriter.FontSource font, Path file) throws IOException {
        try (FormWriter w = new FormWriter(font)) {
            w.newPage();
            w.title("财政项目支出绩效自评价报告", 16);
            w.text(BODY, "一、项目的基本情况", "（一）项目概况");
            w.text(BODY, "  医疗保障经办服务能力提升。主要包括：经办窗口标准化改造、经办人员业务培训、",
                    "经办档案数字化。");
            w.text(BODY, "（二）资金安排和使用情况", "  1. 资金安排情况");
            float[] widths = {58, 50, 50, 40, 30, 40, 30, 30, 30, 30, 30, 30};
            w.table(SMALL, widths,
                    new String[] {"项目", "行次", "合计", "财政资金", "<", "<", "<", "<", "其他资金", "<", "<", "<"},
                    new String[] {"^", "^", "^", "小计", "中央\n级", "市级", "区县\n级", "乡镇\n级", "小计", "单位\n自筹", "银行贷\n款等", "社会\n资本"},
                    new String[] {"预算安排", "(1)", "2000000", "2000000", "", "2000000", "", "", "0", "", "", ""},
                    new String[] {"项目实际投入", "(2)", "1750000", "1750000", "", "1750000", "", "", "0", "", "", ""},
                    new String[] {"资金到位", "(3)", "1750000", "1750000", "", "1750000", "", "", "0", "", "", ""},
                    new String[] {"实际支出", "(4)", "1750000", "1750000", "", "1750000", "", "", "0", "", "", ""},
                    new String[] {"资金结余", "(5)=(3)-(4)", "10000", "10000", "0", "10000", "0", "0", "0", "0", "0", "0"},
                    new String[] {"预算执行率(%)", "(6)=(4)/(1)", "87.50", "87.50", "0", "87.50", "0", "0", "0", "0", "0", "0"},
                    new String[] {"资金到位率(%)", "(7)=(3)/(2)", "100", "100", "0", "100", "0", "0", "0", "0", "0", "0"},
                    new String[] {"资金实际支出\n率(%)", "(8)=(4)/(3)", "100", "100", "0", "100", "0", "0", "0", "0", "0", "0"});
            w.text(BODY, "  2. 资金使用情况");
            w.table(SMALL, new float[] {150, 80, 80, 80, 90},
                    new String[] {"项目支出内容", "资金情况（单位：元）", "<", "<", "财政资金专款专用\n数"},
                    new String[] {"^", "合计", "财政资金支出数", "其他资金支出数", "^"},
                    new String[] {"合计", "1750000.00", "1750000.00", "0", "0"},
                    new String[] {"经办窗口标准化改造", "900000.00", "900000.00", "", ""},
                    new String[] {"经办人员业务培训", "350000.00", "350000.00", "", ""},
                    new String[] {"经办档案数字化", "500000.00", "500000.00", "", ""});
            w.newPage();
            w.text(BODY, "（三）项目绩效目标", "  1. 项目总目标",
                    "  提升医疗保障经办服务标准化、便利化水平，缩短群众办事等候时间。",
                    "  2. 项目年度绩效目标", "  完成经办窗口标准化改造和经办档案数字化。");
            w.text(BODY, "二、项目绩效情况分析",
                    "  综合考虑投入、产出、效果、影响力等各方面因素，通过数据采集及分析，最终评分结果：医",
                    "疗保障经办服务能力提升项目绩效自评价结果为:总得分 86.97 分，属于\"优秀\"。");
            w.text(BODY, "（一）绩效目标完成的指标",
                    "  预算执行率；窗口改造数量；业务培训人次；改造验收合格率；项目完成及时性。",
                    "（二）没有完成绩效目标的指标", "  档案数字化率；服务对象满意度。",
                    "（三）未完成绩效目标指标原因解释", "  部分历史档案纸张老化，需先行修复后再行扫描。");
            w.text(BODY, "三、改进建议", "  加快历史档案修复进度。");
            w.newPage();
            w.title("附表 1.自评价评分附件表", 12);
            w.table(9, new float[] {70, 150, 45, 70, 70, 65},
                    new String[] {"一级指标", "三级指标", "权重", "目标值", "业绩值", "评分结果"},
                    new String[] {"预算执行率", "预算执行率", "10", "", "", "9.75"},
                    new String[] {"产出目标", "", "50", "", "", "49.44"},
                    new String[] {"^", "窗口改造数量", "10", "≥20 个", "22 个", "10"},
                    new String[] {"^", "业务培训人次", "10", "≥500 人次", "520 人次", "10"},
                    new String[] {"^", "档案数字化率", "10", "≥90%", "85%", "9.44"},
                    new String[] {"^", "改造验收合格率", "10", "=100%", "100%", "10"},
                    new String[] {"^", "项目完成及时性", "10", "及时", "及时", "10"},
                    new String[] {"效益指标", "群众办事等候时间缩短", "30", "明显", "较明显", "18"},
                    new String[] {"满意度指标", "", "10", "", "", "9.78"},
                    new String[] {"^", "服务对象满意度", "10", "≥90%", "88%", "9.78"},
                    new String[] {"总计", "<", "100", "", "", "86.97"},
                    new String[] {"评价等级", "<", "", "", "", "优秀"});
            w.save(file);
        }
    }

    private static void targetDeclaration(FormWriter.FontSource font, Path file) throws IOException {
        try (FormWriter w = new FormWriter(font)) {
            w.newPage();
            w.title("南通市级财政支出项目绩效目标申报表", 15);
            float[] widths = {110, 120, 90, 80, 85};
            w.table(9, widths,
                    new String[] {"申报单位名称", "南通市医疗保障局", "<", "<", "<"},
                    new String[] {"项目名称", "医保经办大厅智能化改造", "<", "<", "<"},
                    new String[] {"项目类型", "信息化工程及维护类", "项目属性", "市立项目", "<"},
                    new String[] {"项目年度", "2022", "是否政府采购", "是", "<"},
                    new String[] {"项目概况", "对市医保经办大厅实施智能化改造，建设智能叫号、自助服务和大厅网络，\n提升经办服务效率。", "<", "<", "<"},
                    new String[] {"项目资金构成（详细列\n出各子项目名称和金\n额）", "子项目名称", "<", "预算金额（万元）", "<"},
                    new String[] {"^", "智能叫号系统", "<", "45.50", "<"},
                    new String[] {"^", "自助服务终端", "<", "120.00", "<"},
                    new String[] {"^", "大厅网络改造", "<", "36.80", "<"},
                    new String[] {"^", "合计：", "<", "212.30", "<"},
                    new String[] {"项目资金来源（万元）", "资金来源", "项目投资总额", "上年度资金", "本年度计划数"},
                    new String[] {"^", "上级财政资金", "", "", ""},
                    new String[] {"^", "市级财政资金", "300.00", "", "202.30"},
                    new String[] {"^", "其他", "", "", ""},
                    new String[] {"^", "合计", "310.00", "", "202.30"},
                    new String[] {"项目实施计划", "2022年上半年完成招标，2022年底前完成改造并投入使用。", "<", "<", "<"},
                    new String[] {"项目总目标", "建成智能化医保经办大厅，群众办事平均等候时间缩短三分之一。", "<", "<", "<"});
            w.newPage();
            w.table(9, new float[] {60, 150, 90, 185},
                    new String[] {"类别", "指标名称", "目标值", "指标解释"},
                    new String[] {"产出", "智能叫号系统上线数量", "=1套", "考察智能叫号系统建成上线情况。"},
                    new String[] {"^", "自助服务终端投放数量", "≥20台", "考察自助服务终端采购投放数量。"},
                    new String[] {"^", "改造验收合格率", "=100%", "考察改造工程验收合格情况。"},
                    new String[] {"成本", "单台终端采购成本", "≥6万元", "考察自助服务终端单台采购成本。"},
                    new String[] {"效益", "群众平均等候时间缩短率", "≥30%", "考察改造后群众平均等候时间缩短比例。"},
                    new String[] {"^", "自助业务办理占比", "≥40%", "考察自助终端办理业务量占比。"},
                    new String[] {"满意度", "办事群众满意度", "≥105%", "考察办事群众对经办服务的满意程度。"});
            w.save(file);
        }
    }

    private static void evaluationReport(FormWriter.FontSource font, Path file) throws IOException {
        try (FormWriter w = new FormWriter(font)) {
            w.newPage();
            w.title("2022年度医保信息系统运维项目绩效评价报告", 15);
            w.text(BODY, "  受苏州市医疗保障局委托，评价组对苏州市医疗保险结算管理中心“2022年医保信息系统运",
                    "维”项目财政资金开展绩效评价。");
            w.text(BODY, "一、项目基本情况", "（一）预算资金来源及使用情况",
                    "  2022 年本项目预算资金 1,200,000.00 元，均为市级财政资金。部分采购延期执行，延期",
                    "执行金额 50,000.00 元，本次绩效评价视同调整预算，调整后预算金额 1,150,000.00 元。",
                    "实际执行金额为 1,127,500.00 元，预算执行率 98.40%。");
            w.text(BODY, "  本项目预算执行情况如下：");
            w.text(9, "                                                                                              单位：元");
            w.table(8.5f, new float[] {70, 68, 62, 68, 68, 52, 95},
                    new String[] {"项目内容", "年初预算", "调整金额\n延期执行", "调整后预算", "执行金额", "预算执\n行率", "采购形式"},
                    new String[] {"软件运维服务", "800,000.00", "50,000.00", "750,000.00", "735,000.00", "98.00%", "公开招标"},
                    new String[] {"硬件维保", "400,000.00", "-", "400,000.00", "392,500.00", "98.13%", "-"},
                    new String[] {"合计", "1,200,000.00", "50,000.00", "1,150,000.00", "1,127,500.00", "98.40%", ""});
            w.newPage();
            w.text(BODY, "二、评价结论与绩效分析", "（一）评价结论",
                    "  运用评价方案确定的指标体系及评分标准，评价组对“2022年医保信息系统运维”项目进行",
                    "了独立客观地评价，最终评分结果为 82.5 分，绩效评级为良。各部分得分情况见下表：");
            w.table(9, new float[] {80, 90, 150, 50, 50},
                    new String[] {"一级指标", "二级指标", "三级指标", "分值", "得分"},
                    new String[] {"A 项目决策", "A1 项目立项", "A11 立项依据充分性", "10", "9"},
                    new String[] {"^", "^", "A12 绩效目标合理性", "10", "9"},
                    new String[] {"B 项目管理", "B1 资金管理", "B11 预算执行率", "10", "9.8"},
                    new String[] {"^", "B2 组织实施", "B21 管理制度健全性", "10", "8.2"},
                    new String[] {"C 项目绩效", "C1 项目产出", "C11 运维服务完成率", "15", "14"},
                    new String[] {"^", "^", "C12 系统运行稳定性", "15", "12.5"},
                    new String[] {"^", "C2 项目效益", "C21 业务办理效率提升", "15", "11"},
                    new String[] {"^", "^", "C22 服务对象满意度", "15", "9"},
                    new String[] {"总分", "<", "<", "100", "82.5"});
            w.newPage();
            w.text(BODY, "（二）具体绩效分析",
                    "  A 项目决策（20 分，得 18 分）",
                    "  项目立项依据充分，绩效目标基本合理，但部分指标未细化量化。",
                    "  B 项目管理（20 分，得 18 分）",
                    "  预算执行率较高，管理制度基本健全，个别合同归档不及时。",
                    "  C 项目绩效（60 分，得 47 分）",
                    "  C1 项目产出（30 分，得 26.5 分）",
                    "  运维服务按合同完成，系统全年运行稳定性未达到目标。",
                    "  C2 项目效益（30 分，得 20 分）",
                    "  业务办理效率有所提升，服务对象满意度有待提高。");
            w.text(BODY, "  综上所述，该项目绩效评价等级为“优”。");
            w.save(file);
        }
    }
}
