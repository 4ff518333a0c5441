package org.jixiao.extract.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.check.CheckConfig.IndicatorClasses;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.IndicatorGroups;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A target declaration sets 产出, 效益 and 满意度 indicators (财预〔2021〕101号). A class counts as set
 * where any level of any indicator names it, so an older form's 结果 class, or a 满意度 indicator filed
 * under 效益, counts. A project without indicators at all is {@code missing_field}'s.
 */
public final class MissingIndicatorClassRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MISSING_INDICATOR_CLASS;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.record().docType() != DocType.TARGET_DECLARATION) {
            return List.of();
        }
        IndicatorClasses classes = context.config().classes();
        Map<String, List<String>> required = new LinkedHashMap<>();
        required.put("产出", classes.output());
        required.put("效益", classes.outcome());
        required.put("满意度", classes.satisfaction());
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            if (project.indicators().isEmpty()) {
                continue;
            }
            Integer page = project.indicators().get(0).page();
            required.forEach((name, words) -> {
                boolean present = project.indicators().stream().anyMatch(i -> names(i, words));
                if (!present) {
                    String message = String.format("项目“%s”的 %d 个绩效指标中没有%s指标", project.name(),
                            project.indicators().size(), name);
                    findings.add(id().finding(message, name + "指标", "无", page, List.of(name + "指标"), project.name()));
                }
            });
        }
        return findings;
    }

    private static boolean names(Indicator indicator, List<String> words) {
        return IndicatorGroups.levels(indicator).stream().anyMatch(level -> words.stream().anyMatch(level::contains));
    }
}
