package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.IndicatorGroups;
import org.jixiao.extract.check.IndicatorGroups.Group;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.StatedEvaluation;
import org.jixiao.extract.check.text.StatedScore;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * Indicator points and scores roll up: the scores under a group add up to the score the document
 * states for it (in a heading of the text, a summary table or a subtotal row), and all scores to the
 * total. Points likewise, and a scored project's points to the configured total (100) where the
 * document states none. Sums allow the configured rounding per line. Each stated value is reported
 * once, on the first page that states it.
 */
public final class ScoreSumRule implements Rule {

    private static final String POINTS = "分值";
    private static final String SCORES = "得分";

    @Override
    public RuleId id() {
        return RuleId.SCORE_SUM;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectRecord> scored = context.record().projects().stream()
                .filter(p -> p.indicators().stream().anyMatch(i -> i.score() != null || i.weight() != null)).toList();
        List<StatedScore> stated = context.statedScores().stream()
                .sorted(Comparator.comparingInt(StatedScore::page)).toList();
        for (ProjectRecord project : scored) {
            IndicatorGroups groups = new IndicatorGroups(project.indicators());
            Set<String> reported = new HashSet<>();
            for (StatedScore statement : stated) {
                if (statement.isTotal() && scored.size() == 1) {
                    total(context, project, groups.indicators(), statement.points(), POINTS, statement, reported)
                            .ifPresent(findings::add);
                    total(context, project, groups.indicators(), statement.score(), SCORES, statement, reported)
                            .ifPresent(findings::add);
                } else if (!statement.isTotal() && !groups.isIndicator(statement.label())) {
                    Optional<Group> group = groups.find(statement.label());
                    if (group.isPresent()) {
                        compare(context, project, group.get().name(), group.get().indicators(), statement.points(),
                                POINTS, statement.origin().word(), statement.page(), reported).ifPresent(findings::add);
                        compare(context, project, group.get().name(), group.get().indicators(), statement.score(),
                                SCORES, statement.origin().word(), statement.page(), reported).ifPresent(findings::add);
                    }
                }
            }
            if (scored.size() == 1) {
                for (StatedEvaluation evaluation : context.statedEvaluations()) {
                    compare(context, project, "总分", groups.indicators(), evaluation.score(), SCORES, "正文",
                            evaluation.page(), reported).ifPresent(findings::add);
                }
            }
            BigDecimal recorded = project.evaluation() == null ? null
                    : Printed.plainNumber(project.evaluation().totalScore()).orElse(null);
            Integer lastPage = groups.indicators().get(groups.indicators().size() - 1).page();
            compare(context, project, "总分", groups.indicators(), recorded, SCORES, "评价结论", lastPage, reported)
                    .ifPresent(findings::add);
            if (recorded != null && reported.stream().noneMatch(r -> r.startsWith("总分|" + POINTS))) {
                compare(context, project, "总分", groups.indicators(), context.config().totalPoints(), POINTS,
                        "满分应", lastPage, reported).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> total(CheckContext context, ProjectRecord project, List<Indicator> indicators,
                                    BigDecimal value, String what, StatedScore statement, Set<String> reported) {
        return compare(context, project, "总分", indicators, value, what, statement.origin().word(), statement.page(),
                reported);
    }

    /**
     * Compares a stated value with the sum of the indicators' points or scores, once per group, kind
     * and value: a value stated in several places is reported where it is first stated.
     */
    private Optional<Finding> compare(CheckContext context, ProjectRecord project, String group,
                                      List<Indicator> indicators, BigDecimal stated, String what, String where,
                                      Integer page, Set<String> reported) {
        Function<Indicator, String> field = POINTS.equals(what) ? Indicator::weight : Indicator::score;
        List<BigDecimal> parts = indicators.stream().map(i -> Printed.plainNumber(field.apply(i)).orElse(null)).toList();
        if (stated == null || parts.isEmpty() || parts.contains(null)) {
            return Optional.empty();
        }
        String key = group + "|" + what + "|" + stated.stripTrailingZeros().toPlainString();
        if (!reported.add(key)) {
            return Optional.empty();
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = context.config().scoreTolerancePerLine().multiply(BigDecimal.valueOf(parts.size()));
        if (sum.subtract(stated).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        String addends = String.join("+", parts.stream().map(Printed::plain).toList());
        String statedAs = !"正文".equals(where) ? where + "为 " + Printed.plain(stated)
                : SCORES.equals(what) ? "正文写“得 " + Printed.plain(stated) + " 分”" : "正文写“" + Printed.plain(stated) + " 分”";
        String message = String.format("%s: 各指标%s之和 %s = %s，%s", group, what, addends, Printed.plain(sum), statedAs);
        List<String> labels = new ArrayList<>();
        labels.add(group);
        indicators.stream().map(Indicator::deepestLevel).forEach(labels::add);
        return Optional.of(id().finding(message, Printed.plain(sum), Printed.plain(stated), page, labels,
                project.name()));
    }
}
