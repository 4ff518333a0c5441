package org.jixiao.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A target declaration's required fields: 项目名称, 主管部门, 项目资金 and 绩效目标 (its indicators).
 * Only declarations: reports do not print these as form fields.
 */
public final class MissingFieldRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MISSING_FIELD;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.record().docType() != DocType.TARGET_DECLARATION) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            Integer page = Stream.concat(project.funding().stream().map(Funding::page),
                    project.indicators().stream().map(Indicator::page)).filter(Objects::nonNull).min(Integer::compare)
                    .orElse(null);
            if (blank(project.name())) {
                findings.add(missing("项目名称", page, project));
            }
            if (blank(project.department())) {
                findings.add(missing("主管部门", page, project));
            }
            if (project.funding().isEmpty()) {
                findings.add(missing("项目资金", page, project));
            }
            if (project.indicators().isEmpty()) {
                findings.add(missing("绩效目标", page, project));
            }
        }
        return findings;
    }

    private Finding missing(String field, Integer page, ProjectRecord project) {
        String name = blank(project.name()) ? "（无名称）" : project.name();
        return id().finding(String.format("项目“%s”未填写%s", name, field), field, "空", page, List.of(field),
                project.name());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
