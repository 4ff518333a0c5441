package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Labels;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.form.Numbers;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A form headed 万元 but filled in 元 (or the other way round): a project's amount is 10,000 times
 * (or a 10,000th of) an amount the same pages state with its unit written out — a cost target
 * {@code 不超过0.3万元} beside a cell of 3000, a 测算依据 of {@code 11940.368万元} beside 119,403,680 —
 * and no statement gives the amount as read. Forms of the same document with nothing to tell are held
 * to the habit their siblings show ({@link #likeTheirSiblings}). The record keeps the printed unit; the
 * reviewer decides.
 */
public final class UnitPlausibilityRule implements Rule {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** Two amounts agree within this share: the statements round (0.3万元 for 3,000). */
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("0.005");
    /** Below this (元) a coincidence of small numbers says nothing. */
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("1000");
    /** Forms of a document whose own statements show the habit before the others are held to it. */
    private static final int MIN_FORMS_SHOWING = 2;
    private static final Pattern PER_UNIT = Pattern.compile("人均|每人|每户|每生|每天|每月|每次|每平方米|单价|标准|/人|/月");
    private static final Pattern MENTION = Pattern.compile("(?<![\\d.])((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(万元|元)");

    @Override
    public RuleId id() {
        return RuleId.UNIT_PLAUSIBILITY;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<ProjectRecord, Funding> unshown = new LinkedHashMap<>();
        Set<Boolean> directions = new HashSet<>();
        Map<ProjectRecord, Finding> shown = new LinkedHashMap<>();
        for (ProjectRecord project : context.record().projects()) {
            List<Mention> mentions = mentions(context, pages(project));
            Set<String> reported = new HashSet<>();
            boolean contradicted = false;
            boolean confirmed = false;
            for (Funding funding : project.funding()) {
                BigDecimal amount = funding.amountYuan();
                if (!isTableAmount(funding)) {
                    continue;
                }
                if (mentions.stream().anyMatch(m -> agree(m.yuan(), amount))) {
                    confirmed = true;
                    continue;
                }
                for (Mention mention : mentions) {
                    boolean tenThousandFold = agree(amount, mention.yuan().multiply(TEN_THOUSAND));
                    boolean tenThousandth = agree(amount.multiply(TEN_THOUSAND), mention.yuan());
                    if ((tenThousandFold || tenThousandth) && reported.add(funding.label() + "|" + mention.printed())) {
                        String message = String.format("“%s”按表中单位为 %s，是同一项目“%s”的%s：表中的金额单位（万元/元）可能有误",
                                funding.label(), Printed.money(funding), mention.printed(),
                                tenThousandFold ? "一万倍" : "万分之一");
                        Finding finding = id().finding(message, Printed.yuan(mention.yuan()), Printed.yuan(amount),
                                funding.page(), List.of(funding.label(), mention.printed()), project.name());
                        findings.add(finding);
                        shown.putIfAbsent(project, finding);
                        directions.add(tenThousandFold);
                        contradicted = true;
                        break;
                    }
                }
            }
            Funding largest = largestAmount(project);
            if (!contradicted && !confirmed && largest != null) {
                unshown.put(project, largest);
            }
        }
        if (shown.size() >= MIN_FORMS_SHOWING && directions.size() == 1) {
            findings.addAll(likeTheirSiblings(unshown, shown, directions.iterator().next()));
        }
        return findings;
    }

    /**
     * A filer's unit habit holds for all its forms: where the statements of at least
     * {@link #MIN_FORMS_SHOWING} forms of a document show their amounts 10,000-fold the same way, each
     * other form of it whose amounts no statement confirms or contradicts is flagged too, naming the
     * form that shows it (the Shenzhen workbooks: every sheet headed 万元, every sheet filled in 元, some
     * with a cost target or 测算依据 to tell). A form whose own statement confirms its amount is not.
     */
    private List<Finding> likeTheirSiblings(Map<ProjectRecord, Funding> unshown, Map<ProjectRecord, Finding> shown,
                                            boolean tenThousandFold) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<ProjectRecord, Funding> form : unshown.entrySet()) {
            ProjectRecord project = form.getKey();
            Funding funding = form.getValue();
            Map.Entry<ProjectRecord, Finding> sibling = nearest(shown, funding.page());
            BigDecimal amount = funding.amountYuan();
            BigDecimal expected = tenThousandFold ? amount.divide(TEN_THOUSAND) : amount.multiply(TEN_THOUSAND);
            String message = String.format("“%s”按表中单位为 %s；同一文件中 %d 张表单（如第 %d 页“%s”）的金额按其自身陈述是%s：本表的金额单位（万元/元）可能同样有误",
                    funding.label(), Printed.money(funding), shown.size(), sibling.getValue().page(), sibling.getKey().name(),
                    tenThousandFold ? "一万倍" : "万分之一");
            findings.add(id().finding(message, Printed.yuan(expected), Printed.yuan(amount), funding.page(),
                    List.of(funding.label()), project.name()));
        }
        return findings;
    }

    /** The form showing the habit nearest the page. */
    private static Map.Entry<ProjectRecord, Finding> nearest(Map<ProjectRecord, Finding> shown, Integer page) {
        int at = page == null ? 0 : page;
        return shown.entrySet().stream()
                .min(Comparator.comparingInt(e -> Math.abs((e.getValue().page() == null ? 0 : e.getValue().page()) - at)))
                .orElseThrow();
    }

    /** The project's largest table amount the rule weighs, or null. */
    private static Funding largestAmount(ProjectRecord project) {
        return project.funding().stream().filter(UnitPlausibilityRule::isTableAmount)
                .max(Comparator.comparing(Funding::amountYuan))
                .orElse(null);
    }

    /** A table's figure of at least {@link #MIN_AMOUNT}: what the rule weighs against the statements. */
    private static boolean isTableAmount(Funding funding) {
        return funding.amountYuan() != null && funding.amountYuan().compareTo(MIN_AMOUNT) >= 0
                && !Labels.isStatedInText(funding.label());
    }

    private static Set<Integer> pages(ProjectRecord project) {
        Set<Integer> pages = new HashSet<>();
        project.funding().forEach(f -> pages.add(f.page()));
        project.indicators().forEach(i -> pages.add(i.page()));
        return pages;
    }

    private record Mention(String printed, BigDecimal yuan) {
    }

    /** Amounts written with their unit in the running text and in the cells of the given pages. */
    private static List<Mention> mentions(CheckContext context, Set<Integer> pages) {
        List<String> texts = new ArrayList<>();
        for (Block block : context.layout().blocks()) {
            if (!pages.contains(block.page())) {
                continue;
            }
            if (block instanceof Block.LineBlock line) {
                texts.add(line.line().text());
            } else if (block instanceof Block.TableBlock table) {
                for (int row = 0; row < table.table().rowCount(); row++) {
                    List<String> cells = table.table().rowTexts(row);
                    // a per-unit standard (月人均补助标准 ≤534元) is no statement of the project's money
                    if (!PER_UNIT.matcher(String.join("", cells)).find()) {
                        texts.addAll(cells);
                    }
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String text : texts) {
            Matcher matcher = MENTION.matcher(PageText.normalize(text));
            while (matcher.find()) {
                BigDecimal value = new BigDecimal(matcher.group(1).replace(",", ""));
                BigDecimal yuan = Numbers.toYuan(value,
                        matcher.group(2).equals("万元") ? Numbers.Unit.TEN_THOUSAND_YUAN : Numbers.Unit.YUAN);
                if (yuan.signum() > 0) {
                    mentions.add(new Mention(matcher.group(), yuan));
                }
            }
        }
        return mentions;
    }

    private static boolean agree(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(a.abs().max(b.abs()).multiply(RELATIVE_TOLERANCE)) <= 0;
    }
}
