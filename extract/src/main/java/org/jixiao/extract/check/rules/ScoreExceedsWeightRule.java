package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/** An indicator cannot score more than its points (得分 ≤ 分值). */
public final class ScoreExceedsWeightRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.SCORE_EXCEEDS_WEIGHT;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            for (Indicator indicator : project.indicators()) {
                Optional<BigDecimal> points = Printed.plainNumber(indicator.weight());
                Optional<BigDecimal> score = Printed.plainNumber(indicator.score());
                if (points.isPresent() && score.isPresent() && score.get().compareTo(points.get()) > 0) {
                    String message = String.format("“%s”得分 %s 高于其分值 %s", indicator.deepestLevel(),
                            score.get().toPlainString(), points.get().toPlainString());
                    findings.add(id().finding(message, "≤" + points.get().toPlainString(), score.get().toPlainString(),
                            indicator.page(), List.of(indicator.deepestLevel()), project.name()));
                }
            }
        }
        return findings;
    }
}
