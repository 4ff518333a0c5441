package org.jixiao.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.RecordStore;

/**
 * A fixed mix of what analysts ask, timed one call at a time through the {@link RecordStore}
 * interface: word searches (with facets, as the table view runs them), filtered listings, a synonym,
 * comparisons and findings.
 */
public final class QueryMix {

    /** One kind of question. */
    private interface Question {
        void ask(RecordStore store) throws IOException;
    }

    /** Questions that return every matching row (exports, comparisons) rather than a page of 50. */
    private static final Set<String> EXPORTS = Set.of(
            "search 成本 json, all rows", "compare 系统正常运行率", "compare 满意度 2023", "findings");

    private static final Filters XINZHOU_2023 = new Filters(null, "忻州市", null, 2023, "医疗保障局", null, null, null);
    private static final Filters OUTPUT_TARGETS = new Filters(null, null, null, null, null, "target_declaration", "产出指标", null);

    private static final Map<String, Question> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("search 运行率 (facets)", s -> s.search(new IndicatorQuery("运行率", Filters.NONE, 50, true)));
        QUESTIONS.put("search 满意度 (facets)", s -> s.search(new IndicatorQuery("满意度", Filters.NONE, 50, true)));
        QUESTIONS.put("search 系统可用率 (synonym)", s -> s.search(new IndicatorQuery("系统可用率", Filters.NONE, 50, false)));
        QUESTIONS.put("search 满意度指标 city/year/department", s -> s.search(new IndicatorQuery("满意度指标", XINZHOU_2023, 50, false)));
        QUESTIONS.put("list level1/doc-type (facets)", s -> s.search(new IndicatorQuery(null, OUTPUT_TARGETS, 50, true)));
        QUESTIONS.put("search 成本 json, all rows", s -> s.search(new IndicatorQuery("成本", Filters.NONE, 0, false)));
        QUESTIONS.put("compare 系统正常运行率", s -> s.compare("系统正常运行率", Filters.NONE));
        QUESTIONS.put("compare 满意度 2023", s -> s.compare("满意度", new Filters(null, null, null, 2023, null, null, null, null)));
        QUESTIONS.put("findings", s -> s.findings(new FindingQuery(Filters.NONE, null, null, 0)));
    }

    /**
     * Latencies of one question, in nanoseconds: wall-clock, and the CPU time of the searching thread
     * (what the latency would be on an idle machine, since a search runs on one thread).
     */
    public record Timing(String question, long[] nanos, long[] cpuNanos) {

        /** A page of rows, as a person at a terminal asks. */
        public boolean interactive() {
            return !EXPORTS.contains(question);
        }

        public double percentileMillis(double percentile) {
            return QueryMix.percentileMillis(nanos, percentile);
        }

        public double cpuPercentileMillis(double percentile) {
            return QueryMix.percentileMillis(cpuNanos, percentile);
        }
    }

    private QueryMix() {
    }

    /** Runs the mix {@code warmups} times untimed, then {@code rounds} times timed. */
    public static List<Timing> run(RecordStore store, int warmups, int rounds) throws IOException {
        for (int i = 0; i < warmups; i++) {
            for (Question question : QUESTIONS.values()) {
                question.ask(store);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Timing> timingsByQuestion = new LinkedHashMap<>();
        QUESTIONS.keySet().forEach(name -> timingsByQuestion.put(name, new Timing(name, new long[rounds], new long[rounds])));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Question> question : QUESTIONS.entrySet()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                question.getValue().ask(store);
                Timing timing = timingsByQuestion.get(question.getKey());
                timing.nanos()[round] = System.nanoTime() - start;
                timing.cpuNanos()[round] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        List<Timing> timings = new ArrayList<>(timingsByQuestion.values());
        if (!timings.stream().map(Timing::question).collect(Collectors.toSet()).containsAll(EXPORTS)) {
            throw new IllegalStateException("an export question is missing from the mix");
        }
        return timings;
    }

    /** Wall-clock times of all calls of all questions together. */
    public static long[] all(List<Timing> timings) {
        return timings.stream().flatMapToLong(t -> Arrays.stream(t.nanos())).toArray();
    }

    /** CPU times of all calls of all questions together. */
    public static long[] allCpu(List<Timing> timings) {
        return timings.stream().flatMapToLong(t -> Arrays.stream(t.cpuNanos())).toArray();
    }

    /** Nearest-rank percentile. */
    public static double percentileMillis(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
