package org.jixiao.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * 指标值 and 实际完成值 share a unit: an actual value in another unit than its target ({@code ≤3 小时}
 * against {@code 2 天}) cannot be compared, so its score cannot be checked either. A value printed
 * without a unit is taken to be in its counterpart's.
 */
public final class UnitMismatchRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.UNIT_MISMATCH;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            for (Indicator indicator : project.indicators()) {
                if (!indicator.isReliable("actual") || !indicator.isReliable("target")) {
                    continue; // a value OCR was unsure of is no evidence: it is marked in the record instead
                }
                Optional<Target> target = Target.parse(indicator.target());
                Optional<Target> actual = Target.parse(indicator.actual());
                if (target.isPresent() && actual.isPresent() && !target.get().unitsAgree(actual.get())) {
                    String message = String.format("“%s”目标 %s 以“%s”计，实际 %s 以“%s”计，无法比较", indicator.deepestLevel(),
                            indicator.target(), target.get().unit(), indicator.actual(), actual.get().unit());
                    findings.add(id().finding(message, target.get().unit(), actual.get().unit(), indicator.page(),
                            List.of(indicator.deepestLevel()), project.name()));
                }
            }
        }
        return findings;
    }
}
