package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;

/**
 * What a stated rate is the quotient of: 预算执行率 = 实际支出 ÷ 调整后（全年）预算 — the adjusted budget,
 * not 年初预算, where the document has one —, 资金实际支出率 = 实际支出 ÷ 资金到位, 资金到位率 =
 * 资金到位 ÷ 项目实际投入. A rate of a breakdown line ({@code 网络通讯费 预算执行率}) is read on that
 * line's amounts. Columns are matched by meaning (the record's kinds), not by their printed labels.
 */
public final class RateDefinitions {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern RATE_NAME = Pattern.compile("(预算|资金)?(执行率|实际支出率|支出率|到位率)");
    /** Rows that stand for the whole project's money. */
    private static final Pattern WHOLE = Pattern.compile("(年度|项目|实施期)?资金总额|合计|总计");

    /** The figures a rate is the quotient of. */
    public record Quotient(Figure numerator, Figure denominator) {

        /** The quotient in percent. */
        public BigDecimal percent() {
            return numerator.value().multiply(HUNDRED).divide(denominator.value(), PRECISION);
        }

        /**
         * Whether a printed rate can be this quotient: the figures' own rounding gives a range, the
         * rate's printed precision another ([99.805, 99.815) for 99.81), and the two must meet. A rate
         * printed as 100% may also be a quotient above 100 capped at 100.
         */
        public boolean admits(BigDecimal printedPercent) {
            BigDecimal half = Printed.halfUnit(printedPercent);
            BigDecimal low = numerator.value().subtract(numerator.tolerance()).multiply(HUNDRED)
                    .divide(denominator.value().add(denominator.tolerance()), PRECISION);
            BigDecimal high = numerator.value().add(numerator.tolerance()).multiply(HUNDRED)
                    .divide(denominator.value().subtract(denominator.tolerance()), PRECISION);
            boolean capped = printedPercent.compareTo(HUNDRED) == 0 && high.compareTo(HUNDRED) >= 0;
            return capped || (low.compareTo(printedPercent.add(half)) < 0
                    && high.compareTo(printedPercent.subtract(half)) >= 0);
        }
    }

    private RateDefinitions() {
    }

    /** The quotient a rate states, where the project holds both figures unambiguously. */
    public static Optional<Quotient> quotient(ProjectRecord project, Rate rate, CheckContext context) {
        ProjectFunding funding = new ProjectFunding(project, context);
        String row = row(rate);
        Optional<ProjectFunding> matrixRow = row.isEmpty() ? Optional.empty() : funding.row(row);
        Optional<Quotient> quotient;
        if (matrixRow.isPresent()) {
            quotient = ofProject(matrixRow.get(), "", rate.kind());
        } else if (!row.isEmpty()) {
            quotient = ofLine(project, row, rate, context);
        } else {
            quotient = ofProject(funding, Labels.scope(rate.label()), rate.kind());
        }
        return quotient.filter(q -> q.denominator().value().compareTo(q.denominator().tolerance()) > 0);
    }

    /**
     * The line a rate is printed on, or "" for a rate of a column or of the whole: the prefix of
     * {@code 网络通讯费 预算执行率}, or the row of {@code 年度资金总额(执行率)} where the rate is a column of
     * its own in a matrix of rows by budget columns.
     */
    public static String row(Rate rate) {
        String column = Labels.scope(rate.label());
        if (!column.isEmpty() && RATE_NAME.matcher(column).matches()) {
            return Labels.core(rate.label());
        }
        return Labels.line(rate.label(), RATE_NAME);
    }

    /** Whether a rate is the project's own: of no line and no column, or of its 年度资金总额 row. */
    public static boolean isWholeProject(Rate rate) {
        String row = row(rate);
        return row.isEmpty() ? Labels.scope(rate.label()).isEmpty() : WHOLE.matcher(row).matches();
    }

    private static Optional<Quotient> ofProject(ProjectFunding funding, String scope, Rate.Kind kind) {
        List<FundingKind> denominators = switch (kind) {
            case EXECUTION_RATE -> List.of(FundingKind.ADJUSTED_BUDGET, FundingKind.BUDGET, FundingKind.ANNUAL);
            case SPEND_RATE -> List.of(FundingKind.RECEIVED);
            case ARRIVAL_RATE -> List.of(FundingKind.INVESTED);
            case OTHER -> List.of();
        };
        FundingKind numerator = kind == Rate.Kind.ARRIVAL_RATE ? FundingKind.RECEIVED : FundingKind.SPENT;
        Optional<Figure> over = funding.single(scope, numerator);
        for (FundingKind denominator : denominators) {
            if (funding.has(scope, denominator)) {
                Optional<Figure> under = funding.single(scope, denominator);
                return over.isPresent() && under.isPresent()
                        ? Optional.of(new Quotient(over.get(), under.get())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Quotient> ofLine(ProjectRecord project, String line, Rate rate, CheckContext context) {
        if (rate.kind() != Rate.Kind.EXECUTION_RATE) {
            return Optional.empty();
        }
        List<SubItem> matching = project.subItems().stream()
                .filter(s -> PageText.normalize(s.name()).equals(line)).toList();
        if (matching.size() != 1) {
            return Optional.empty();
        }
        SubItem item = matching.get(0);
        BigDecimal spent = item.amounts().get(FundingKind.SPENT);
        BigDecimal budget = item.amounts().getOrDefault(FundingKind.ADJUSTED_BUDGET,
                item.amounts().getOrDefault(FundingKind.BUDGET, item.amountYuan()));
        if (spent == null || budget == null) {
            return Optional.empty();
        }
        boolean adjusted = item.amounts().containsKey(FundingKind.ADJUSTED_BUDGET);
        return Optional.of(new Quotient(
                context.money(item.name() + " 实际支出", spent, rate.page()),
                context.money(item.name() + (adjusted ? " 调整后预算" : " 预算"), budget, rate.page())));
    }
}
