package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

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
        for (ProjectRecord project : context.record().projects()) {
            for (Indicator indicator : project.indicators()) {
                if (!indicator.isReliable("actual") || !indicator.isReliable("target")) {
                    continue; // a value OCR was unsure of is no evidence: it is marked in the record instead
                }
                Optional<Target> target = Target.parse(indicator.target());
                Optional<Target> actual = Target.parse(indicator.actual());
                if (target.isPresent() && actual.isPresent() && target.get().sign().isFloor()
                        && target.get().value().signum() > 0 && target.get().unitsAgree(actual.get())) {
                    BigDecimal threshold = target.get().value().multiply(ratio);
                    if (actual.get().value().compareTo(threshold) >= 0) {
                        String message = String.format("“%s”实际 %s 达到目标 %s 的 %s 倍以上，目标是否偏低", indicator.deepestLevel(),
                                indicator.actual(), indicator.target(), Printed.plain(ratio));
                        findings.add(id().finding(message, "<" + Printed.plain(threshold), indicator.actual(),
                                indicator.page(), List.of(indicator.deepestLevel()), project.name()));
                    }
                }
            }
        }
        return findings;
    }
}
