package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.IndicatorGroups;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * Targets that cannot be right as printed: a rate whose ceiling is 100% (满意度, 完成率 …) set above it;
 * a 成本指标, always an upper bound, set as a floor (≥); an annual target dated after the end of the
 * fiscal year.
 */
public final class TargetSanityRule implements Rule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern DATE = Pattern.compile("(20\\d{2})(?:年|-|/|\\.)(?:(\\d{1,2})(?:月|-|/|\\.)?)?(?:(\\d{1,2})日?)?(底|末)?");

    @Override
    public RuleId id() {
        return RuleId.TARGET_SANITY;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            for (Indicator indicator : project.indicators()) {
                Optional<Target> target = Target.parse(indicator.target());
                String name = PageText.normalize(indicator.deepestLevel());
                if (target.isPresent() && aboveCeiling(context, name, target.get())) {
                    findings.add(warning(indicator, project, "“" + indicator.deepestLevel() + "”目标 " + indicator.target()
                            + " 超过 100%，该比率不可能超过 100%", "≤100%"));
                }
                boolean cost = IndicatorGroups.levels(indicator).stream().anyMatch(l -> l.contains("成本"));
                if (target.isPresent() && cost && target.get().sign().isFloor()) {
                    findings.add(warning(indicator, project, "成本指标“" + indicator.deepestLevel() + "”目标 "
                            + indicator.target() + " 为下限，成本指标应为上限（≤）", "≤"));
                }
                afterFiscalYear(context, indicator).ifPresent(date -> findings.add(warning(indicator, project,
                        "“" + indicator.deepestLevel() + "”目标 " + indicator.target() + " 晚于 "
                                + context.record().fiscalYear() + " 年度结束", "≤" + context.record().fiscalYear() + "-12-31")));
            }
        }
        return findings;
    }

    private static boolean aboveCeiling(CheckContext context, String name, Target target) {
        boolean percent = "%".equals(target.unit());
        boolean ceilingRate = context.config().ceilingRateWords().stream().anyMatch(name::endsWith);
        return percent && ceilingRate && !target.sign().isCeiling() && target.value().compareTo(HUNDRED) > 0;
    }

    /** A dated target of an annual form that falls after the fiscal year's end. */
    private static Optional<LocalDate> afterFiscalYear(CheckContext context, Indicator indicator) {
        Integer year = context.record().fiscalYear();
        if (year == null || indicator.target() == null || indicator.period() == Indicator.Period.IMPLEMENTATION) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(PageText.normalize(indicator.target()));
        if (!m.find()) {
            return Optional.empty();
        }
        int targetYear = Integer.parseInt(m.group(1));
        YearMonth month = YearMonth.of(targetYear, m.group(2) == null ? 12 : Math.min(12, Math.max(1, Integer.parseInt(m.group(2)))));
        LocalDate date = m.group(3) == null ? month.atEndOfMonth()
                : month.atDay(Math.min(month.lengthOfMonth(), Math.max(1, Integer.parseInt(m.group(3)))));
        return date.isAfter(LocalDate.of(year, 12, 31)) ? Optional.of(date) : Optional.empty();
    }

    private Finding warning(Indicator indicator, ProjectRecord project, String message, String expected) {
        return id().finding(message, expected, indicator.target(), indicator.page(), List.of(indicator.deepestLevel()),
                project.name());
    }
}
