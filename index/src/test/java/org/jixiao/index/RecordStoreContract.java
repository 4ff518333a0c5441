package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.index.indicator.Sign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordStore} does, over the corpus records as the truth files give them: each
 * store's test extends this suite, so the embedded and the distributed store answer alike.
 */
public abstract class RecordStoreContract {

    protected static final List<DocumentRecord> RECORDS = TruthRecords.all();
    /** What searches count: a scan of a document stored as well is its copy, not counted again. */
    protected static final List<DocumentRecord> COUNTED = TruthRecords.counted();

    private static final DocumentRecord EXPORT = TruthRecords.read(TruthRecords.corpus().resolve("shanghai-2021-targets.truth.json"));
    private static final DocumentRecord SCAN = TruthRecords.read(TruthRecords.corpus().resolve("shanghai-2021-targets.scan.truth.json"));

    protected RecordStore store;

    /** A store holding nothing, with the default synonyms. */
    protected abstract RecordStore emptyStore() throws IOException;

    /** Closes {@link #store} and opens the same records again, as a new process would. */
    protected abstract RecordStore openAgain() throws IOException;

    @BeforeEach
    void storeEveryRecord() throws IOException {
        store = emptyStore();
        for (DocumentRecord record : RECORDS) {
            store.put(record);
        }
        store.commit();
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    /** A row as (file, project, deepest level, period): what tells rows apart in the corpus. */
    protected record RowKey(String source, String project, String name, String period) {
    }

    protected static Set<RowKey> truthRows(Predicate<DocumentRecord> document, Predicate<Indicator> indicator) {
        Set<RowKey> rows = new HashSet<>();
        for (DocumentRecord record : COUNTED) {
            if (!document.test(record)) {
                continue;
            }
            for (ProjectRecord project : record.projects()) {
                for (Indicator row : project.indicators()) {
                    if (indicator.test(row)) {
                        rows.add(new RowKey(record.source().path(), project.name(), row.deepestLevel(),
                                row.period() == null ? null : row.period().code()));
                    }
                }
            }
        }
        return rows;
    }

    protected static Set<RowKey> keys(IndicatorResults results) {
        return results.hits().stream().map(hit -> new RowKey(hit.source(), hit.project(),
                Objects.requireNonNullElse(hit.level4(), Objects.requireNonNullElse(hit.level3(),
                        Objects.requireNonNullElse(hit.level2(), hit.level1()))), hit.period()))
                .collect(Collectors.toSet());
    }

    private static long truthRowCount(Predicate<DocumentRecord> document) {
        return COUNTED.stream().filter(document).flatMap(r -> r.projects().stream())
                .mapToLong(p -> p.indicators().size()).sum();
    }

    @Test
    void satisfactionIndicatorsOfXinzhouAreAllFound() throws IOException {
        Predicate<DocumentRecord> xinzhou = r -> "忻州市".equals(r.region().city());
        Set<RowKey> expected = truthRows(xinzhou, i -> "满意度指标".equals(i.level1()));
        assertFalse(expected.isEmpty());

        IndicatorResults byWords = store.search(new IndicatorQuery("满意度指标", new Filters(null, "忻州", null, null,
                "医疗保障局", null, null, null), 0, false));
        assertEquals(expected, keys(byWords));
        assertEquals(expected.size(), byWords.total());

        IndicatorResults byLevel = store.search(new IndicatorQuery(null, new Filters(null, "忻州市", null, 2023, null,
                "target_declaration", "满意度指标", null), 0, false));
        assertEquals(expected, keys(byLevel));
    }

    @Test
    void partOfANameFindsEveryIndicatorContainingIt() throws IOException {
        Set<RowKey> expected = truthRows(r -> true, i -> i.deepestLevel().contains("运行率"));
        // 设备运行维护执行率 holds both words, but not together: it is not expected
        assertTrue(expected.stream().anyMatch(k -> k.name().equals("系统正常运行率")));
        assertTrue(expected.stream().anyMatch(k -> k.name().equals("医保信息系统正常运行率")));

        IndicatorResults results = store.search(new IndicatorQuery("运行率", Filters.NONE, 0, false));
        assertEquals(expected, keys(results));
    }

    @Test
    void exactNameRanksAboveWordsSpreadOverTheName() throws IOException {
        IndicatorResults results = store.search(new IndicatorQuery("系统正常运行率", Filters.NONE, 3, false));
        assertEquals("系统正常运行率", results.hits().get(0).level3());
        assertEquals(3, results.hits().size());
        assertTrue(results.total() > 3);
    }

    @Test
    void synonymsFindIndicatorsUnderTheirOtherName() throws IOException {
        Set<RowKey> expected = truthRows(r -> true,
                i -> i.deepestLevel().contains("系统正常运行率") || i.deepestLevel().contains("系统可用率"));
        assertEquals(expected, keys(store.search(new IndicatorQuery("系统可用率", Filters.NONE, 0, false))));
        assertEquals(expected, keys(store.search(new IndicatorQuery("系统正常运行率", Filters.NONE, 0, false))));
    }

    @Test
    void facetsCountEveryMatchingRow() throws IOException {
        IndicatorResults results = store.search(new IndicatorQuery("", Filters.NONE, 5, true));
        long allRows = truthRowCount(r -> true);
        assertEquals(allRows, results.total());
        assertEquals(5, results.hits().size());

        Map<String, Long> expectedCities = new HashMap<>();
        for (DocumentRecord record : COUNTED) {
            if (record.region().city() != null) {
                expectedCities.merge(record.region().city(), truthRowCount(r -> r == record), Long::sum);
            }
        }
        assertEquals(expectedCities, counts(results, "city"));

        Map<String, Long> expectedYears = new HashMap<>();
        for (DocumentRecord record : COUNTED) {
            if (record.fiscalYear() != null) {
                expectedYears.merge(record.fiscalYear().toString(), truthRowCount(r -> r == record), Long::sum);
            }
        }
        assertEquals(expectedYears, counts(results, "fiscal_year"));

        Map<String, Long> expectedLevel1 = COUNTED.stream().flatMap(r -> r.projects().stream())
                .flatMap(p -> p.indicators().stream()).filter(i -> i.level1() != null)
                .collect(Collectors.groupingBy(Indicator::level1, Collectors.counting()));
        assertEquals(expectedLevel1, counts(results, "level1"));
    }

    @Test
    void facetsFollowTheQuery() throws IOException {
        IndicatorResults results = store.search(new IndicatorQuery("运行率", Filters.NONE, 0, true));
        long fromCounts = counts(results, "level1").values().stream().mapToLong(Long::longValue).sum();
        assertEquals(results.total(), fromCounts);
    }

    private static Map<String, Long> counts(IndicatorResults results, String field) {
        FacetCount facet = results.facets().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
        return facet.buckets().stream().collect(Collectors.toMap(FacetCount.Bucket::value, FacetCount.Bucket::count));
    }

    @Test
    void storingADocumentAgainChangesNothing() throws IOException {
        IndicatorResults before = store.search(new IndicatorQuery("", Filters.NONE, 0, false));
        for (DocumentRecord record : RECORDS) {
            store.put(record);
        }
        store.commit();
        assertEquals(RECORDS.stream().map(r -> r.source().sha256()).collect(Collectors.toSet()), store.storedHashes());
        assertEquals(before, store.search(new IndicatorQuery("", Filters.NONE, 0, false)));
    }

    @Test
    void storingAgainReplacesEveryEntryOfTheDocument() throws IOException {
        // one without a scan beside it: fewer rows would make it another document than its scan
        DocumentRecord selfEvaluation = RECORDS.stream().filter(r -> r.docType().code().equals("self_evaluation"))
                .filter(r -> RECORDS.stream().filter(o -> CopyKey.of(o).equals(CopyKey.of(r))).count() == 1)
                .findFirst().orElseThrow();
        ProjectRecord project = selfEvaluation.projects().get(0);
        ProjectRecord fewerRows = new ProjectRecord(project.name(), project.department(), project.implementingUnit(),
                project.funding(), project.rates(), project.subItems(), project.indicators().subList(0, 2),
                project.evaluation());
        store.put(new DocumentRecord(selfEvaluation.source(), selfEvaluation.docType(), selfEvaluation.region(),
                selfEvaluation.fiscalYear(), List.of(fewerRows), selfEvaluation.findings()));
        store.commit();

        IndicatorResults rows = store.search(new IndicatorQuery("", Filters.NONE, 0, false));
        assertEquals(2, rows.hits().stream().filter(h -> h.source().equals(selfEvaluation.source().path())).count());
        assertEquals(truthRowCount(r -> true) - project.indicators().size() + 2, rows.total());
    }

    @Test
    void deletingRemovesEveryEntryOfTheDocument() throws IOException {
        DocumentRecord evaluation = RECORDS.stream().filter(r -> !r.findings().isEmpty()).findFirst().orElseThrow();
        store.delete(evaluation.source().sha256());
        store.commit();
        assertFalse(store.storedHashes().contains(evaluation.source().sha256()));
        assertTrue(store.search(new IndicatorQuery("", Filters.NONE, 0, false)).hits().stream()
                .noneMatch(h -> h.source().equals(evaluation.source().path())));
        assertTrue(store.findings(new FindingQuery(Filters.NONE, null, null, 0)).stream()
                .noneMatch(f -> f.source().equals(evaluation.source().path())));
    }

    @Test
    void findingsAreListedWithTheirDocument() throws IOException {
        List<String> expected = new ArrayList<>();
        COUNTED.forEach(r -> r.findings().forEach(f -> expected.add(r.source().path() + " p" + f.page() + " " + f.rule())));
        assertFalse(expected.isEmpty());
        List<String> listed = store.findings(new FindingQuery(Filters.NONE, null, null, 0)).stream()
                .map(f -> f.source() + " p" + f.page() + " " + f.rule()).toList();
        assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList());

        assertEquals(truthFindingCount(r -> true, f -> f.rule().equals("score_sum") && f.severity() == Finding.Severity.ERROR),
                store.findings(new FindingQuery(Filters.NONE, "score_sum", "error", 0)).size());
        assertEquals(truthFindingCount(r -> true, f -> f.rule().equals("balance")),
                store.findings(new FindingQuery(Filters.NONE, "balance", null, 0)).size());
        assertEquals(truthFindingCount(r -> "苏州市".equals(r.region().city()), f -> true),
                store.findings(new FindingQuery(new Filters(null, "苏州市", null, null, null, null, null, null), null, null, 0)).size());
    }

    private static long truthFindingCount(Predicate<DocumentRecord> document, Predicate<Finding> finding) {
        return COUNTED.stream().filter(document).flatMap(r -> r.findings().stream()).filter(finding).count();
    }

    @Test
    void compareNormalisesTargetsPerUnit() throws IOException {
        TargetComparison comparison = store.compare("系统正常运行率", Filters.NONE);
        Set<RowKey> expected = truthRows(r -> true,
                i -> i.deepestLevel().contains("系统正常运行率") || i.deepestLevel().contains("系统可用率"));
        assertEquals(expected.size(), comparison.rows().size());
        List<BigDecimal> percentages = new ArrayList<>();
        for (TargetComparison.Row row : comparison.rows()) {
            assertEquals(Sign.GE, row.target().sign(), row.toString());
            assertEquals("%", row.target().unit());
            percentages.add(row.target().value());
        }
        TargetComparison.UnitSummary percent = comparison.units().get(0);
        assertEquals("%", percent.unit());
        assertEquals(comparison.rows().size(), percent.count());
        assertEquals(percentages.stream().min(BigDecimal::compareTo).orElseThrow(), percent.min());
        assertEquals(percentages.stream().max(BigDecimal::compareTo).orElseThrow(), percent.max());
    }

    @Test
    void aCountyOrDistrictFindsItsOwnDocumentsOnly() throws IOException {
        for (String county : List.of("栾川县", "栾川")) {
            IndicatorResults rows = store.search(new IndicatorQuery(null,
                    new Filters(null, null, county, null, null, null, null, null), 0, false));
            assertEquals(truthRows(r -> "栾川县".equals(r.region().county()), i -> true), keys(rows), county);
            assertFalse(rows.hits().isEmpty());
        }
        assertEquals(0, store.search(new IndicatorQuery(null,
                new Filters(null, "洛阳市", "南山区", null, null, null, null, null), 0, false)).total(),
                "a district of another city");
    }

    @Test
    void hitsCarryWhereTheRowComesFrom() throws IOException {
        IndicatorHit hit = store.search(new IndicatorQuery("系统正常运行率",
                new Filters(null, null, null, null, null, "self_evaluation", null, null), 1, false)).hits().get(0);
        assertEquals("selfeval-2021-yibao-info.pdf", hit.source());
        assertEquals("≥95%", hit.target());
        assertEquals("99%", hit.actual());
        assertEquals("5", hit.score());
        assertEquals(3, hit.page());
    }

    @Test
    void aDocumentIsGivenBackAsItWasStored() throws IOException {
        DocumentRecord record = RECORDS.get(0);
        assertEquals(record, store.document(record.source().sha256()).orElseThrow());
        assertTrue(store.document("0".repeat(64)).isEmpty());
    }

    @Test
    void hitsAndFindingsNameTheirDocumentByHash() throws IOException {
        Map<String, String> hashBySource = RECORDS.stream()
                .collect(Collectors.toMap(r -> r.source().path(), r -> r.source().sha256(), (a, b) -> a));
        for (IndicatorHit hit : store.search(new IndicatorQuery("", Filters.NONE, 0, false)).hits()) {
            assertEquals(hashBySource.get(hit.source()), hit.sha256(), hit.source());
        }
        DocumentRecord withFindings = RECORDS.stream().filter(r -> !r.findings().isEmpty()).findFirst().orElseThrow();
        String sha256 = withFindings.source().sha256();
        var listed = store.findings(new FindingQuery(Filters.NONE, null, null, 0, sha256));
        assertEquals(withFindings.findings().size(), listed.size());
        assertTrue(listed.stream().allMatch(f -> sha256.equals(f.sha256())));
    }

    @Test
    void rowsSortByYearLatestFirst() throws IOException {
        List<Integer> years = store.search(new IndicatorQuery("", Filters.NONE, 0, false, IndicatorQuery.Order.FISCAL_YEAR))
                .hits().stream().map(IndicatorHit::fiscalYear).filter(Objects::nonNull).toList();
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertTrue(new HashSet<>(years).size() > 1, "the corpus spans several years");
        assertEquals(sorted, years);
    }

    private static long rows(DocumentRecord record) {
        return record.projects().stream().mapToLong(p -> p.indicators().size()).sum();
    }

    private IndicatorResults all() throws IOException {
        return store.search(new IndicatorQuery("", Filters.NONE, 0, true));
    }

    private void removeEverything() throws IOException {
        for (String sha256 : store.storedHashes()) {
            store.delete(sha256);
        }
        store.commit();
        assertEquals(0, all().total());
    }

    private static String rowName() {
        return EXPORT.projects().get(0).indicators().get(0).deepestLevel();
    }

    @Test
    void theScanStoredFirstBecomesTheCopyOfTheExport() throws IOException {
        removeEverything();
        store.put(SCAN, new Provenance("扫描/targets.pdf", null, false));
        store.commit();
        assertEquals(rows(SCAN), all().total());
        store.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
        store.commit();

        IndicatorResults results = all();
        assertEquals(rows(EXPORT), results.total(), "counted once");
        long facetTotal = results.facets().stream().filter(f -> f.field().equals("doc_type"))
                .flatMap(f -> f.buckets().stream()).mapToLong(b -> b.count()).sum();
        assertEquals(rows(EXPORT), facetTotal, "facets count the document once");
        for (IndicatorHit hit : results.hits()) {
            assertEquals("导出/targets.pdf", hit.path());
            assertEquals(List.of("扫描/targets.pdf"), hit.copies());
        }
        assertEquals(2, store.storedHashes().size(), "both files are stored: a rerun skips both");
        long inExport = EXPORT.projects().stream().flatMap(p -> p.indicators().stream())
                .filter(i -> i.deepestLevel().equals(rowName())).count();
        assertEquals(inExport, store.compare(rowName(), Filters.NONE).rows().size(), "compare counts the document once");
    }

    @Test
    void removingTheDocumentCountedLetsItsCopyBeCounted() throws IOException {
        removeEverything();
        store.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
        store.put(SCAN, new Provenance("扫描/targets.pdf", null, false));
        store.commit();
        assertEquals(rows(EXPORT), all().total());
        int compared = store.compare(rowName(), Filters.NONE).rows().size();

        store.delete(EXPORT.source().sha256());
        store.commit();
        IndicatorResults results = all();
        assertEquals(rows(SCAN), results.total());
        assertTrue(results.hits().stream().allMatch(hit -> hit.path().equals("扫描/targets.pdf") && hit.copies().isEmpty()));
        assertEquals(compared, store.compare(rowName(), Filters.NONE).rows().size());

        store = openAgain();
        store.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
        store.commit();
        assertEquals(rows(EXPORT), all().total(), "a store opened again knows which document is counted");
    }
}
