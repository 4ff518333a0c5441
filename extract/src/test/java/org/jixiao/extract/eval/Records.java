package org.jixiao.extract.eval;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.extract.model.SubItem;

/** Hand-made records for scorer tests. */
final class Records {

    static final Region SUZHOU = new Region("江苏省", "苏州市", null);

    private Records() {
    }

    static DocumentRecord document(List<ProjectRecord> projects, List<Finding> findings) {
        return document(DocType.TARGET_DECLARATION, SUZHOU, 2021, projects, findings);
    }

    static DocumentRecord document(DocType type, Region region, Integer year, List<ProjectRecord> projects,
                                   List<Finding> findings) {
        return new DocumentRecord(new Source("sample.pdf", "0", 1, List.of()), type, region, year, projects, findings);
    }

    static ProjectRecord project(String name, String department, List<Funding> funding, List<Rate> rates,
                                 List<SubItem> subItems, List<Indicator> indicators) {
        return new ProjectRecord(name, department, null, funding, rates, subItems, indicators, null);
    }

    static ProjectRecord projectWithIndicators(String name, Indicator... indicators) {
        return project(name, "苏州市医疗保障局", List.of(), List.of(), List.of(), List.of(indicators));
    }

    static Indicator indicator(String level1, String level2, String level3, String target) {
        return new Indicator(level1, level2, level3, null, target, null, null, null, null, 3, null);
    }

    static Indicator scored(String level3, String target, String weight, String score) {
        return new Indicator("产出指标", null, level3, null, target, null, weight, score, null, 3, null);
    }

    static Indicator inPeriod(String level3, String target, Indicator.Period period) {
        return new Indicator("产出指标", "数量指标", level3, null, target, null, null, null, period, 1, null);
    }

    static Funding funding(FundingKind kind, String yuan) {
        return new Funding(kind.code(), kind, new BigDecimal(yuan), 1);
    }

    static Rate rate(Rate.Kind kind, String percent) {
        return new Rate(kind.code(), kind, new BigDecimal(percent), 1);
    }

    static SubItem subItem(String name, String yuan) {
        return new SubItem(name, new BigDecimal(yuan), null);
    }

    static Finding finding(String rule, Finding.Severity severity, int page) {
        return new Finding(rule, severity, "message", "1", "2", page, null, null);
    }
}
