package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.GradeBands;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.StatedEvaluation;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;

/**
 * The stated grade is the band the stated total falls in, under the document's own bands where it
 * states them, else the configured ones. Pairs come from each project's evaluation and from
 * sentences that state both ({@code 总得分 93.10 分，属于"优秀"}).
 */
public final class GradeMismatchRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.GRADE_MISMATCH;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<ProjectRecord> projects = context.record().projects();
        for (ProjectRecord project : projects) {
            Evaluation evaluation = project.evaluation();
            if (evaluation == null || evaluation.grade() == null) {
                continue;
            }
            // a total OCR was unsure of is no evidence against the grade
            Optional<BigDecimal> score = evaluation.isTotalScoreReliable()
                    ? Printed.plainNumber(evaluation.totalScore()) : Optional.empty();
            // on the first page that states the grade: the score table's result rows or the text
            Integer page = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(evaluation.page()),
                            context.statedEvaluations().stream().filter(s -> evaluation.grade().equals(s.grade()))
                                    .map(StatedEvaluation::page))
                    .min(Integer::compare)
                    .orElse(project.indicators().isEmpty() ? null
                            : project.indicators().get(project.indicators().size() - 1).page());
            score.flatMap(s -> check(context, s, evaluation.grade(), page, project.name(), reported))
                    .ifPresent(findings::add);
        }
        String only = projects.size() == 1 ? projects.get(0).name() : null;
        for (StatedEvaluation stated : context.statedEvaluations()) {
            if (stated.score() != null && stated.grade() != null && !restatesOtherwise(stated, projects)) {
                check(context, stated.score(), stated.grade(), stated.page(), only, reported).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * A sentence that restates an evaluation's total with another grade: the document grades one score
     * twice, which {@code conflicting_figure} reports; the score table's own pair is judged here.
     */
    private static boolean restatesOtherwise(StatedEvaluation stated, List<ProjectRecord> projects) {
        return projects.stream().map(ProjectRecord::evaluation)
                .filter(e -> e != null && e.grade() != null && !e.grade().equals(stated.grade()))
                .anyMatch(e -> Printed.plainNumber(e.totalScore()).filter(s -> s.compareTo(stated.score()) == 0).isPresent());
    }

    private Optional<Finding> check(CheckContext context, BigDecimal score, String grade, Integer page, String project,
                                    Set<String> reported) {
        GradeBands bands = context.gradeBands();
        Optional<GradeBands.Band> stated = bands.forGrade(grade);
        Optional<GradeBands.Band> earned = bands.forScore(score);
        if (stated.isEmpty() || earned.isEmpty() || stated.get().equals(earned.get())
                || !reported.add(Printed.plain(score) + "|" + grade)) {
            return Optional.empty();
        }
        String message = String.format("总分 %s 分按评级标准（%s）应为“%s”，而评为“%s”", Printed.plain(score),
                describe(bands), earned.get().name(), grade);
        return Optional.of(id().finding(message, earned.get().name(), grade, page, List.of("总分", "评价等级"), project));
    }

    private static String describe(GradeBands bands) {
        List<String> parts = new ArrayList<>();
        List<GradeBands.Band> list = bands.bands();
        for (int i = 0; i < list.size(); i++) {
            GradeBands.Band band = list.get(i);
            boolean lowest = band.lowerBound().signum() == 0 && i > 0;
            parts.add(band.name() + (lowest ? " <" + Printed.plain(list.get(i - 1).lowerBound())
                    : " ≥" + Printed.plain(band.lowerBound())));
        }
        return String.join("，", parts);
    }
}
