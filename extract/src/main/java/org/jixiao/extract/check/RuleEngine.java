package org.jixiao.extract.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.check.rules.BalanceRule;
import org.jixiao.extract.check.rules.ConflictingFigureRule;
import org.jixiao.extract.check.rules.ExecutionRateRule;
import org.jixiao.extract.check.rules.FundingSumRule;
import org.jixiao.extract.check.rules.GradeMismatchRule;
import org.jixiao.extract.check.rules.IndicatorScoreRule;
import org.jixiao.extract.check.rules.MissingFieldRule;
import org.jixiao.extract.check.rules.MissingIndicatorClassRule;
import org.jixiao.extract.check.rules.ProportionalScoreRule;
import org.jixiao.extract.check.rules.ScoreExceedsWeightRule;
import org.jixiao.extract.check.rules.ScoreFormulaRule;
import org.jixiao.extract.check.rules.ScoreSumRule;
import org.jixiao.extract.check.rules.TableTotalRule;
import org.jixiao.extract.check.rules.TargetExceededRule;
import org.jixiao.extract.check.rules.TargetSanityRule;
import org.jixiao.extract.check.rules.UnitPlausibilityRule;
import org.jixiao.extract.check.rules.UnitMismatchRule;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.model.Finding;

/**
 * The standard {@link ConsistencyChecker}: runs each rule over the document and lists the findings
 * page by page, errors before warnings. Immutable, so one engine serves many threads.
 */
public final class RuleEngine implements ConsistencyChecker {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.page() == null ? Integer.MAX_VALUE : f.page())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule);

    private final CheckConfig config;
    private final LabelClassifier labels;
    private final List<Rule> rules;

    /** @param labels the vocabulary the extractor read the document with, so the text readers know the same labels */
    public RuleEngine(CheckConfig config, LabelClassifier labels, List<Rule> rules) {
        this.config = config;
        this.labels = labels;
        this.rules = List.copyOf(rules);
    }

    /** Every rule jixiao knows, under the given configuration and the built-in labels. */
    public static RuleEngine standard(CheckConfig config) {
        return standard(config, LabelClassifier.standard());
    }

    /** Every rule jixiao knows, under the given configuration, reading labels as a province prints them. */
    public static RuleEngine standard(CheckConfig config, LabelClassifier labels) {
        return new RuleEngine(config, labels, List.of(
                new ExecutionRateRule(),
                new FundingSumRule(),
                new TableTotalRule(),
                new ScoreSumRule(),
                new ScoreFormulaRule(),
                new ProportionalScoreRule(),
                new ScoreExceedsWeightRule(),
                new BalanceRule(),
                new ConflictingFigureRule(),
                new GradeMismatchRule(),
                new IndicatorScoreRule(),
                new TargetExceededRule(),
                new UnitMismatchRule(),
                new MissingIndicatorClassRule(),
                new TargetSanityRule(),
                new MissingFieldRule(),
                new UnitPlausibilityRule()));
    }

    /** Every rule under the national defaults. */
    public static RuleEngine standard() {
        return standard(CheckConfig.NATIONAL);
    }

    @Override
    public List<Finding> check(Extraction extraction) {
        CheckContext context = new CheckContext(extraction, config, labels);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (Finding finding : rule.check(context)) {
                findings.putIfAbsent(identity(finding), finding);
            }
        }
        List<Finding> sorted = new ArrayList<>(findings.values());
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /**
     * What makes two findings one. A sum is read twice, from the record's figures and from the table
     * they were printed in, both in 元: the same page, expected and found are the same error, and the
     * first reading (the record's, which carries the figures' labels) stands.
     */
    private static String identity(Finding finding) {
        String where = finding.rule() + "|" + finding.page() + "|" + finding.expected() + "|" + finding.found();
        return RuleId.SUM_MISMATCH.code().equals(finding.rule()) ? where : where + "|" + finding.message();
    }
}
