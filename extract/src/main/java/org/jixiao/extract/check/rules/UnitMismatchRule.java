package org.jixiao.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;

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
        for (CheckContext.TargetAndActual judged : context.targetsAndActuals()) {
            Indicator indicator = judged.indicator();
            Target target = judged.target();
            Target actual = judged.actual();
            if (!target.unitsAgree(actual)) {
                String message = String.format("“%s”目标 %s 以“%s”计，实际 %s 以“%s”计，无法比较", indicator.deepestLevel(),
                        indicator.target(), target.unit(), indicator.actual(), actual.unit());
                findings.add(id().finding(message, target.unit(), actual.unit(), indicator.page(),
                        List.of(indicator.deepestLevel()), judged.project().name()));
            }
        }
        return findings;
    }
}
