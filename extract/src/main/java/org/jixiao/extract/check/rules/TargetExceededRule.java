package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;

/**
 * An actual value at or above the configured multiple (120%) of its floor target: reviewers in some
 * provinces ask whether the target was set too low. Off where the configuration sets no multiple.
 */
public final class TargetExceededRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.TARGET_EXCEEDED;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        BigDecimal ratio = context.config().overTargetRatio();
        if (ratio == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (CheckContext.TargetAndActual judged : context.targetsAndActuals()) {
            Indicator indicator = judged.indicator();
            Target target = judged.target();
            if (target.sign().isFloor() && target.value().signum() > 0 && target.unitsAgree(judged.actual())) {
                BigDecimal threshold = target.value().multiply(ratio);
                if (judged.actual().value().compareTo(threshold) >= 0) {
                    String message = String.format("“%s”实际 %s 达到目标 %s 的 %s 倍以上，目标是否偏低", indicator.deepestLevel(),
                            indicator.actual(), indicator.target(), Printed.plain(ratio));
                    findings.add(id().finding(message, "<" + Printed.plain(threshold), indicator.actual(),
                            indicator.page(), List.of(indicator.deepestLevel()), judged.project().name()));
                }
            }
        }
        return findings;
    }
}
