package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.IndicatorGroups;
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
    private static final String TOTAL = "总分";

    @Override
    public RuleId id() {
        return RuleId.SCORE_SUM;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<ProjectRecord> scored = context.record().projects().stream()
                .filter(p -> p.indicators().stream().anyMatch(i -> i.score() != null || i.weight() != null)).toList();
        Map<ProjectRecord, IndicatorGroups> trees = new LinkedHashMap<>();
        scored.forEach(p -> trees.put(p, new IndicatorGroups(p.indicators())));
        Map<ProjectRecord, Set<String>> reported = new LinkedHashMap<>();
        scored.forEach(p -> reported.put(p, new HashSet<>()));
        List<Finding> findings = new ArrayList<>();
        List<StatedScore> stated = context.statedScores().stream()
                .sorted(Comparator.comparingInt(StatedScore::page)).toList();
        for (StatedScore statement : stated) {
            String label = statement.isTotal() ? null : statement.label();
            owner(trees, label, statement.page()).ifPresent(project -> {
                IndicatorGroups groups = trees.get(project);
                List<Indicator> under = label == null ? groups.indicators() : groups.find(label).orElseThrow().indicators();
                String name = label == null ? TOTAL : groups.find(label).orElseThrow().name();
                String where = statement.origin().word();
                compare(context, project, name, under, statement.points(), POINTS, where, statement.page(),
                        reported.get(project)).ifPresent(findings::add);
                compare(context, project, name, under, statement.score(), SCORES, where, statement.page(),
                        reported.get(project)).ifPresent(findings::add);
            });
        }
        for (StatedEvaluation evaluation : context.statedEvaluations()) {
            owner(trees, null, evaluation.page()).ifPresent(project -> compare(context, project, TOTAL,
                    project.indicators(), evaluation.score(), SCORES, "正文", evaluation.page(), reported.get(project))
                    .ifPresent(findings::add));
        }
        for (ProjectRecord project : scored) {
            Set<String> done = reported.get(project);
            // a total OCR was unsure of (100 read 10) is no statement to check the indicators against
            BigDecimal recorded = project.evaluation() == null || !project.evaluation().isTotalScoreReliable() ? null
                    : Printed.plainNumber(project.evaluation().totalScore()).orElse(null);
            Integer lastPage = project.indicators().get(project.indicators().size() - 1).page();
            // the stated total is reported where it is printed: a 总分 row may fall on the page after the last indicator
            Integer totalPage = project.evaluation() != null && project.evaluation().page() != null
                    ? project.evaluation().page() : lastPage;
            compare(context, project, TOTAL, project.indicators(), recorded, SCORES, "评价结论", totalPage, done)
                    .ifPresent(findings::add);
            if (recorded != null && done.stream().noneMatch(r -> r.startsWith(TOTAL + "|" + POINTS))) {
                compare(context, project, TOTAL, project.indicators(), context.config().totalPoints(), POINTS,
                        "满分应", lastPage, done).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * The project a statement is about: the one whose indicators hold the group it names (any scored
     * project, for a total), or where several do, the one whose indicators are on the statement's
     * page. None where that leaves no single project: a bundle's 产出指标 subtotal belongs to one form.
     */
    private static Optional<ProjectRecord> owner(Map<ProjectRecord, IndicatorGroups> trees, String label, int page) {
        List<ProjectRecord> candidates = trees.entrySet().stream()
                .filter(e -> label == null || (!e.getValue().isIndicator(label) && e.getValue().find(label).isPresent()))
                .map(Map.Entry::getKey).toList();
        if (candidates.size() > 1) {
            candidates = candidates.stream()
                    .filter(p -> p.indicators().stream().anyMatch(i -> i.page() != null && i.page() == page)).toList();
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Compares a stated value with the sum of the indicators' points or scores, once per group, kind
     * and value: a value stated in several places is reported where it is first stated.
     */
    private Optional<Finding> compare(CheckContext context, ProjectRecord project, String group,
                                      List<Indicator> indicators, BigDecimal stated, String what, String where,
                                      Integer page, Set<String> reported) {
        Function<Indicator, String> field = POINTS.equals(what) ? Indicator::weight : Indicator::score;
        String fieldName = POINTS.equals(what) ? "weight" : "score";
        List<BigDecimal> parts = indicators.stream().map(i -> Printed.plainNumber(field.apply(i)).orElse(null)).toList();
        // a part OCR was unsure of is no evidence: the sum is not known, and the value is marked in the record
        if (stated == null || parts.isEmpty() || parts.contains(null)
                || indicators.stream().anyMatch(i -> !i.isReliable(fieldName))) {
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
