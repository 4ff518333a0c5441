package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.check.text.ExecutionRateScoring;
import org.jixiao.extract.check.text.GradeBandReader;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.check.text.ProportionalScore;
import org.jixiao.extract.check.text.ProportionalScoreReader;
import org.jixiao.extract.check.text.StatedEvaluation;
import org.jixiao.extract.check.text.StatedEvaluationReader;
import org.jixiao.extract.check.text.StatedScore;
import org.jixiao.extract.check.text.StatedScoreReader;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.Numbers;
import org.jixiao.extract.form.StatedAmount;
import org.jixiao.extract.form.StatedAmountReader;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.MoneyUnit;
import org.jixiao.extract.model.ProjectRecord;

/**
 * What the rules read for one document: the record, its layout, the configuration, and what the
 * text readers found in the running text — read once here so that every rule sees the same.
 */
public final class CheckContext {

    private static final BigDecimal CENT_HALF = new BigDecimal("0.005");

    private final DocumentRecord record;
    private final DocumentLayout layout;
    private final CheckConfig config;
    private final PageText text;
    private final GradeBands gradeBands;
    private final List<StatedScore> statedScores;
    private final List<StatedEvaluation> statedEvaluations;
    private final List<StatedAmount> statedAmounts;
    private final Optional<ExecutionRateScoring> executionRateScoring;
    private final List<ProportionalScore> proportionalScores;

    public CheckContext(Extraction extraction, CheckConfig config, LabelClassifier labels) {
        this.record = extraction.record();
        this.layout = extraction.layout();
        this.config = config;
        this.text = PageText.of(layout);
        this.gradeBands = GradeBandReader.read(text).map(b -> b.withSynonymsFrom(config.gradeBands()))
                .orElse(config.gradeBands());
        this.statedScores = StatedScoreReader.read(text, layout, labels);
        this.statedEvaluations = StatedEvaluationReader.read(text);
        this.statedAmounts = StatedAmountReader.read(layout, labels);
        this.executionRateScoring = ExecutionRateScoring.read(text);
        this.proportionalScores = ProportionalScoreReader.read(text);
    }

    public DocumentRecord record() {
        return record;
    }

    /** An indicator whose target and actual both read as figures: what the rules on targets judge. */
    public record TargetAndActual(ProjectRecord project, Indicator indicator, Target target, Target actual) {
    }

    /**
     * The indicators with a target and an actual that parse, each read reliably: a value OCR was unsure
     * of is no evidence (it is marked in the record instead).
     */
    public List<TargetAndActual> targetsAndActuals() {
        List<TargetAndActual> judged = new java.util.ArrayList<>();
        for (ProjectRecord project : record.projects()) {
            for (Indicator indicator : project.indicators()) {
                if (!indicator.isReliable("actual") || !indicator.isReliable("target")) {
                    continue;
                }
                Optional<Target> target = Target.parse(indicator.target());
                Optional<Target> actual = Target.parse(indicator.actual());
                if (target.isPresent() && actual.isPresent()) {
                    judged.add(new TargetAndActual(project, indicator, target.get(), actual.get()));
                }
            }
        }
        return judged;
    }

    public DocumentLayout layout() {
        return layout;
    }

    public CheckConfig config() {
        return config;
    }

    public PageText text() {
        return text;
    }

    /** The document's own bands where it states them, else the configured ones. */
    public GradeBands gradeBands() {
        return gradeBands;
    }

    public List<StatedScore> statedScores() {
        return statedScores;
    }

    /** Amounts the text restates under a funding label. */
    public List<StatedAmount> statedAmounts() {
        return statedAmounts;
    }

    public List<StatedEvaluation> statedEvaluations() {
        return statedEvaluations;
    }

    public Optional<ExecutionRateScoring> executionRateScoring() {
        return executionRateScoring;
    }

    /** Indicators the running text scores by a proportional formula it states. */
    public List<ProportionalScore> proportionalScores() {
        return proportionalScores;
    }

    /**
     * A money figure with the precision it was printed with. The record holds 元; a figure on a page
     * that prints 万元 may have been rounded to as little as 0.01 万元 (100 元), which its trailing
     * zeros tell: 1,234,500.00 may be 123.45 万元, while 1,234,567.00 was printed to the 元 at least.
     */
    public Figure money(Funding funding) {
        return money(funding.label(), funding.amountYuan(), funding.page(), funding.printedUnit());
    }

    /** A money figure whose printed unit the record does not know (a breakdown line's amount). */
    public Figure money(String label, BigDecimal yuan, Integer page) {
        return money(label, yuan, page, null);
    }

    public Figure money(String label, BigDecimal yuan, Integer page, MoneyUnit unit) {
        boolean printedInTenThousands = page != null && text.pageMentions(page, "万元");
        return new Figure(label, yuan, printedInTenThousands ? Numbers.roundingTolerance(yuan) : CENT_HALF, page, unit);
    }
}
