package org.jixiao.extract.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.layout.PageBuilder;
import org.jixiao.extract.model.DocType;
import org.jixiao.ingest.Page;
import org.junit.jupiter.api.Test;

/** The outline of hand-drawn documents: roles from the genre's phrasing, one segment per form instance. */
class OutlineReaderTest {

    private final OutlineReader reader = new OutlineReader(LabelClassifier.standard());

    private DocumentOutline outline(Page... pages) {
        return reader.read(new LayoutAnalyzer().analyze(Arrays.asList(pages)));
    }

    /** Lines of text from the top of the page, 22 points apart. */
    private static PageBuilder lines(int page, String... texts) {
        PageBuilder builder = new PageBuilder(page);
        float top = 60;
        for (String text : texts) {
            builder.text(80, top, text);
            top += 22;
        }
        return builder;
    }

    /** A two-column label | value form table starting at {@code top}. */
    private static PageBuilder form(PageBuilder builder, float top, String... labelsAndValues) {
        int rows = labelsAndValues.length / 2;
        float[] ys = new float[rows + 1];
        for (int i = 0; i <= rows; i++) {
            ys[i] = top + 20 * i;
        }
        builder.horizontals(80, 500, ys).verticals(top, ys[rows], 80, 200, 500);
        for (int i = 0; i < rows; i++) {
            builder.text(85, ys[i] + 4, labelsAndValues[2 * i]).text(205, ys[i] + 4, labelsAndValues[2 * i + 1]);
        }
        return builder;
    }

    @Test
    void aTitleWithOneCharacterOfItsTypeWordsMisreadStillNamesTheType() {
        assertEquals(DocType.TARGET_DECLARATION, outline(lines(1, "项目支出绩效百标申报表", "(2023年度)").build()).docType());
        assertEquals(DocType.SELF_EVALUATION, outline(lines(1, "关于XX项目绩效自评报告").build()).docType());
        // two characters off, or words too short to tell: no type
        assertEquals(DocType.UNKNOWN, outline(lines(1, "项目支出绩效百标中报表").build()).docType());
        assertEquals(DocType.UNKNOWN, outline(lines(1, "工作情况汇报").build()).docType());
    }

    @Test
    void aDeadlineTargetNamesTheBudgetYearOverTheYearsTheBackgroundCites() {
        DocumentOutline outline = outline(form(new PageBuilder(1), 60,
                "项目名称", "离退休干部服务经费",
                "政策依据", "2021年现有离退休干部101人，2022年将新增5人，2022年度方案已印发",
                "三级指标", "完成及时性",
                "目标值", "2023年12月30日前").build());
        assertEquals(2023, outline.fiscalYear());
    }

    /** A report whose only year its paragraph's wrapping cut in two (…等，20 | 24年度绩效目标…). */
    @Test
    void aYearCutByTheWrappingOfAParagraphIsStillAYear() {
        DocumentOutline outline = outline(lines(1, "关于中小河流治理项目绩效自评报告", "一、项目基本情况",
                "项目主要内容包括宣传推广、运行维护等，20", "24年度绩效目标为：完成中小河流治理年度任务。").build());
        assertEquals(2024, outline.fiscalYear());
    }

    @Test
    void aDateInTheTextIsNoDeadlineTarget() {
        DocumentOutline outline = outline(form(new PageBuilder(1), 60,
                "项目名称", "违建处理经费",
                "政策依据", "2022年度计划；2022年方案；即1999年3月5日以前所建的历史遗留违法私房").build());
        assertEquals(2022, outline.fiscalYear());
    }

    @Test
    void aReportCoverNamesTheRolesAndTheCommissioningFinanceBureauIsNotTheDepartment() {
        DocumentOutline outline = outline(lines(1,
                "2023年度农村公路养护项目绩效评价报告",
                "项目名称：农村公路养护工程",
                "项目主管部门：临沂市兰山区交通运输局",
                "项目实施单位：临沂市兰山区公路事业发展中心",
                "委托单位：临沂市兰山区财政局",
                "评价机构：山东正衡资产评估有限公司").build());
        assertEquals(DocType.EVALUATION_REPORT, outline.docType());
        ProjectSegment project = outline.segments().get(0);
        assertEquals("农村公路养护工程", project.name());
        assertEquals("临沂市兰山区交通运输局", project.department());
        assertEquals("临沂市兰山区公路事业发展中心", project.implementingUnit());
        assertEquals("临沂市兰山区财政局", outline.roles().commissioningBody());
        assertEquals("山东正衡资产评估有限公司", outline.roles().evaluator());
    }

    @Test
    void theCommissioningSentenceNamesProjectDepartmentAndImplementer() {
        DocumentOutline outline = outline(lines(1,
                "绩效评价报告",
                "受梧州市卫生健康委员会委托，广西华信会计师事务所有限公司对梧州市妇幼保健院实施的“出生缺陷",
                "综合防治”项目开展绩效评价。评价组于2022年5月进场。").build());
        ProjectSegment project = outline.segments().get(0);
        assertEquals("出生缺陷综合防治", project.name());
        assertEquals("梧州市卫生健康委员会", project.department());
        assertEquals("梧州市妇幼保健院", project.implementingUnit());
        assertEquals("广西华信会计师事务所有限公司", outline.roles().evaluator());
    }

    @Test
    void aFinanceBureauCommissioningAnEvaluationLeavesTheDepartmentToOtherEvidence() {
        DocumentOutline outline = outline(lines(1,
                "绩效评价报告",
                "受黔东南州财政局委托，贵州恒信工程咨询有限公司对“乡村学校少年宫建设”项目开展重点绩效评价。").build());
        assertEquals("乡村学校少年宫建设", outline.segments().get(0).name());
        assertNull(outline.segments().get(0).department());
        assertEquals("黔东南州财政局", outline.roles().commissioningBody());
    }

    @Test
    void aSelfEvaluationReportIsNamedByItsTitleNotByAQuotedActivityOrARecommendation() {
        DocumentOutline outline = outline(lines(1,
                "关于2022年度文化惠民工程项目绩效自评报告",
                "一、项目基本情况",
                "全年开展“送戏下乡”演出120场，惠及群众3万人次。",
                "三、下一步工作",
                "建议结合孵化载体绩效评价结果，优化资金分配。").build());
        assertEquals(DocType.SELF_EVALUATION, outline.docType());
        assertEquals("文化惠民工程项目", outline.segments().get(0).name());
    }

    @Test
    void aNameContainingLabelWordsIsStillTheName() {
        DocumentOutline outline = outline(form(lines(1, "项目支出绩效目标申报表"), 100,
                "项目名称", "2023年度学生资助项目",
                "主管部门", "预算单位信息化建设办公室").build());
        assertEquals("2023年度学生资助项目", outline.segments().get(0).name());
    }

    @Test
    void twoFormsStackedOnOnePageAreTwoProjects() {
        PageBuilder page = form(lines(1, "项目支出绩效目标申报表"), 100,
                "项目名称", "农田水利设施维护", "主管部门", "沭阳县水利局");
        page.text(80, 200, "项目支出绩效目标申报表");
        form(page, 230, "项目名称", "小型水库除险加固", "主管部门", "沭阳县水利局");
        List<ProjectSegment> segments = outline(page.build()).segments();
        assertEquals(List.of("农田水利设施维护", "小型水库除险加固"), segments.stream().map(ProjectSegment::name).toList());
    }

    @Test
    void theSameNameInANewFormIsANewProjectButNotWhenAPageRepeatsIt() {
        Page first = form(lines(1, "二级项目支出绩效目标申报表"), 100,
                "项目名称", "政府购买服务（专业技术服务类）", "一级预算单位", "深圳市宝安区松岗街道办事处").build();
        Page second = form(lines(2, "二级项目支出绩效目标申报表"), 100,
                "项目名称", "政府购买服务（专业技术服务类）", "一级预算单位", "深圳市宝安区松岗街道办事处").build();
        assertEquals(2, outline(first, second).segments().size());

        Page continued = form(new PageBuilder(2), 60,
                "项目名称", "政府购买服务（专业技术服务类）", "年度指标值", "≥3次").build();
        assertEquals(1, outline(first, continued).segments().size());
    }
}
