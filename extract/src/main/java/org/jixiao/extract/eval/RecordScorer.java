package org.jixiao.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;

/**
 * Scores an extracted record against its truth, following the record contract's "How records are
 * scored against truth": everything compared after NFKC with whitespace removed, projects told apart
 * by name, amounts and rates by value, targets as text.
 */
public final class RecordScorer {

    /** The findings that are scored: arithmetic that does not hold. Warnings are not scored. */
    public static final Set<String> ARITHMETIC_RULES = Set.of("execution_rate", "sum_mismatch", "score_sum",
            "score_formula", "balance", "conflicting_figure", "grade_mismatch");

    public DocumentEvaluation score(String document, DocumentRecord truth, DocumentRecord extracted) {
        Map<ScoredField, FieldScore> scores = new EnumMap<>(ScoredField.class);
        List<Mismatch> mismatches = new ArrayList<>();
        for (ScoredField field : ScoredField.values()) {
            KeyMatcher.Comparison comparison = KeyMatcher.compare(field, keys(field, truth), keys(field, extracted));
            scores.put(field, comparison.score());
            mismatches.addAll(comparison.mismatches());
        }
        boolean scanned = truth.source() != null && !truth.source().ocrPages().isEmpty();
        return new DocumentEvaluation(document, scanned, scores, metadata(truth, extracted), mismatches,
                namesWithout(truth, extracted), namesWithout(extracted, truth));
    }

    /** The project names of {@code record} (as printed) that {@code other} has no project of. */
    private static List<String> namesWithout(DocumentRecord record, DocumentRecord other) {
        Set<String> otherNames = other.projects().stream().map(p -> KeyText.text(p.name())).collect(Collectors.toSet());
        return record.projects().stream().map(ProjectRecord::name)
                .filter(name -> !otherNames.contains(KeyText.text(name)))
                .map(name -> name == null ? KeyText.ABSENT : name).toList();
    }

    private static Map<MetadataField, MetadataCheck> metadata(DocumentRecord truth, DocumentRecord extracted) {
        Map<MetadataField, MetadataCheck> checks = new EnumMap<>(MetadataField.class);
        checks.put(MetadataField.DOC_TYPE, check(truth, extracted, r -> r.docType() == null ? null : r.docType().code()));
        checks.put(MetadataField.PROVINCE, check(truth, extracted, r -> r.region() == null ? null : r.region().province()));
        checks.put(MetadataField.CITY, check(truth, extracted, r -> r.region() == null ? null : r.region().city()));
        checks.put(MetadataField.FISCAL_YEAR, check(truth, extracted, r -> Objects.toString(r.fiscalYear(), null)));
        checks.put(MetadataField.PROJECT_NAMES, checkList(truth, extracted, ProjectRecord::name));
        checks.put(MetadataField.DEPARTMENTS, checkList(truth, extracted, ProjectRecord::department));
        return checks;
    }

    private static MetadataCheck check(DocumentRecord truth, DocumentRecord extracted, Function<DocumentRecord, String> value) {
        String expected = value.apply(truth);
        String found = value.apply(extracted);
        return new MetadataCheck(expected, found, KeyText.text(expected).equals(KeyText.text(found)));
    }

    /** A value of every project, compared as a multiset: the order of the projects does not matter. */
    private static MetadataCheck checkList(DocumentRecord truth, DocumentRecord extracted,
                                           Function<ProjectRecord, String> value) {
        List<String> expected = truth.projects().stream().map(value).toList();
        List<String> found = extracted.projects().stream().map(value).toList();
        boolean exact = sortedKeys(expected).equals(sortedKeys(found));
        return new MetadataCheck(printed(expected), printed(found), exact);
    }

    private static List<String> sortedKeys(List<String> values) {
        return values.stream().map(KeyText::text).sorted().toList();
    }

    private static String printed(List<String> values) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        values.forEach(value -> joined.add(value == null ? KeyText.ABSENT : value));
        return joined.toString();
    }

    private static List<KeyedItem> keys(ScoredField field, DocumentRecord record) {
        return switch (field) {
            case INDICATORS -> perProject(record, RecordScorer::indicatorKeys);
            case INDICATOR_SCORES -> perProject(record, RecordScorer::indicatorScoreKeys);
            case FUNDING -> perProject(record, RecordScorer::amountKeys);
            case FUNDING_KINDS -> perProject(record, RecordScorer::fundingKindKeys);
            case RATES -> perProject(record, RecordScorer::rateKeys);
            case FINDINGS -> findingKeys(record);
        };
    }

    private static List<KeyedItem> perProject(DocumentRecord record, Function<ProjectRecord, Stream<KeyedItem>> keys) {
        return record.projects().stream().flatMap(keys).toList();
    }

    private static Stream<KeyedItem> indicatorKeys(ProjectRecord project) {
        return project.indicators().stream().map(indicator -> new KeyedItem(
                MatchKey.of(KeyText.text(project.name()), deepestNamedLevel(indicator),
                        KeyText.text(indicator.target()), period(indicator)),
                project.name(), describe(indicator, false)));
    }

    private static Stream<KeyedItem> indicatorScoreKeys(ProjectRecord project) {
        return project.indicators().stream().map(indicator -> new KeyedItem(
                MatchKey.of(KeyText.text(project.name()), deepestNamedLevel(indicator),
                        KeyText.text(indicator.target()), period(indicator),
                        KeyText.number(indicator.weight()), KeyText.number(indicator.score())),
                project.name(), describe(indicator, true)));
    }

    private static Stream<KeyedItem> amountKeys(ProjectRecord project) {
        String name = KeyText.text(project.name());
        Stream<KeyedItem> funding = project.funding().stream().map(f -> new KeyedItem(
                MatchKey.of(name, KeyText.decimal(f.amountYuan())), project.name(), describe(f)));
        Stream<KeyedItem> subItems = project.subItems().stream().map(item -> new KeyedItem(
                MatchKey.of(name, KeyText.decimal(item.amountYuan())), project.name(), describe(item)));
        return Stream.concat(funding, subItems);
    }

    private static Stream<KeyedItem> fundingKindKeys(ProjectRecord project) {
        return project.funding().stream().map(f -> new KeyedItem(
                MatchKey.of(KeyText.text(project.name()), KeyText.decimal(f.amountYuan()),
                        f.kind() == null ? KeyText.ABSENT : f.kind().code()),
                project.name(), describe(f)));
    }

    private static Stream<KeyedItem> rateKeys(ProjectRecord project) {
        return project.rates().stream().map(rate -> new KeyedItem(
                MatchKey.of(KeyText.text(project.name()), rate.kind() == null ? KeyText.ABSENT : rate.kind().code(),
                        KeyText.decimal(rate.valuePercent())),
                project.name(), describe(rate)));
    }

    private static List<KeyedItem> findingKeys(DocumentRecord record) {
        return record.findings().stream().filter(finding -> ARITHMETIC_RULES.contains(finding.rule()))
                .map(finding -> new KeyedItem(
                        MatchKey.of(KeyText.ABSENT, finding.rule(), Objects.toString(finding.page(), KeyText.ABSENT)),
                        null, describe(finding)))
                .toList();
    }

    /** The name of the deepest level that is not empty, without its leading code. */
    private static String deepestNamedLevel(Indicator indicator) {
        return Stream.of(indicator.level4(), indicator.level3(), indicator.level2(), indicator.level1())
                .map(KeyText::indicatorName).filter(name -> !name.equals(KeyText.ABSENT))
                .findFirst().orElse(KeyText.ABSENT);
    }

    private static String period(Indicator indicator) {
        return indicator.period() == null ? KeyText.ABSENT : indicator.period().code();
    }

    private static String describe(Indicator indicator, boolean withScores) {
        StringJoiner path = new StringJoiner(" › ");
        Stream.of(indicator.level1(), indicator.level2(), indicator.level3(), indicator.level4())
                .filter(Objects::nonNull).forEach(path::add);
        StringBuilder text = new StringBuilder(path.toString()).append("  target ").append(shown(indicator.target()));
        if (indicator.period() != null) {
            text.append("  ").append(indicator.period().code());
        }
        if (withScores) {
            text.append("  weight ").append(shown(indicator.weight())).append("  score ").append(shown(indicator.score()));
        }
        return text.append(page(indicator.page())).toString();
    }

    private static String describe(Funding funding) {
        return amount(funding.amountYuan()) + "  " + (funding.kind() == null ? KeyText.ABSENT : funding.kind().code())
                + "  " + shown(funding.label()) + page(funding.page());
    }

    private static String describe(SubItem item) {
        return amount(item.amountYuan()) + "  sub-item " + shown(item.name());
    }

    private static String describe(Rate rate) {
        return (rate.kind() == null ? KeyText.ABSENT : rate.kind().code()) + "  "
                + (rate.valuePercent() == null ? KeyText.ABSENT : rate.valuePercent().toPlainString() + "%")
                + "  " + shown(rate.label()) + page(rate.page());
    }

    private static String describe(Finding finding) {
        return finding.rule() + page(finding.page()) + "  " + shown(finding.message());
    }

    private static String amount(BigDecimal yuan) {
        return yuan == null ? KeyText.ABSENT : yuan.toPlainString();
    }

    private static String shown(String value) {
        return value == null ? KeyText.ABSENT : value;
    }

    private static String page(Integer page) {
        return page == null ? "" : "  p." + page;
    }
}
