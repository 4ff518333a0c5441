package org.jixiao.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;

/**
 * Server times of the pages over an existing index (say the 2,000 documents of {@code bench-ingest}):
 * {@code java -cp cli/target/jixiao.jar org.jixiao.web.WebBenchmark INDEX_DIR [ROUNDS]}. The server runs
 * read-only in this JVM; each request's time is the server's own ({@code Server-Timing}), without the
 * client. Page images: cold is the first request of a page (PDF opened, rendered, PNG encoded), cached the second.
 */
public final class WebBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(index, IndicatorSynonyms.defaults());
             WebServer server = new WebServer(new ServeSettings(index, "127.0.0.1", 0, false), store,
                     file -> {
                         throw new IllegalStateException("read-only");
                     }).start()) {
            String base = "http://127.0.0.1:" + server.port();
            Map<String, List<String>> mix = new LinkedHashMap<>();
            mix.put("search page, facets (运行率, 满意度, 满意度 in 忻州市 2023, page 3 of all rows)", List.of(
                    "/search?q=" + enc("运行率"), "/search?q=" + enc("满意度"),
                    "/search?q=" + enc("满意度") + "&city=" + enc("忻州市") + "&year=2023", "/search?page=3"));
            mix.put("/api/search with facets (same questions)", List.of("/api/search?q=" + enc("运行率"),
                    "/api/search?q=" + enc("满意度"), "/api/search?q=" + enc("满意度") + "&city=" + enc("忻州市") + "&year=2023",
                    "/api/search?offset=100"));
            mix.put("review page (20 findings, the first one's page outlined; all, by rule, by city)", List.of("/review",
                    "/review?rule=score_sum", "/review?city=" + enc("忻州市"), "/review?page=2"));
            mix.put("/api/findings (50 rows; all, by rule, errors)", List.of("/api/findings", "/api/findings?rule=score_sum",
                    "/api/findings?severity=error"));
            System.out.printf(Locale.ROOT, "%-90s %5s %8s %8s %8s %8s%n", "request", "n", "p50 ms", "p99 ms",
                    "CPU p50", "CPU p99");
            for (Map.Entry<String, List<String>> entry : mix.entrySet()) {
                for (int i = 0; i < 10; i++) {
                    for (String path : entry.getValue()) {
                        time(base + path); // warm-up
                    }
                }
                List<double[]> times = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    for (String path : entry.getValue()) {
                        times.add(time(base + path));
                    }
                }
                report(entry.getKey(), times);
            }
            // page images: distinct pages of distinct documents
            List<String> pages = new ArrayList<>();
            for (String sha256 : store.storedHashes()) {
                DocumentRecord record = store.document(sha256).orElseThrow();
                if (record.source().path().endsWith(".pdf") && pages.size() < rounds) {
                    pages.add("/api/documents/" + sha256 + "/pages/" + (1 + pages.size() % record.source().pages()) + ".png");
                }
            }
            time(base + pages.get(0)); // class loading and font set-up, once per process
            List<double[]> cold = new ArrayList<>();
            List<double[]> cached = new ArrayList<>();
            for (String path : pages.subList(1, pages.size())) {
                cold.add(time(base + path));
                cached.add(time(base + path));
            }
            report("page image, cold (PDF opened, page rendered at 108 dpi, PNG encoded)", cold);
            report("page image, cached", cached);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The server's wall-clock and CPU time for one request, in ms. */
    private static double[] time(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " gave " + response.statusCode());
        }
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        String[] parts = timing.split(",");
        return new double[] {duration(parts[0]), duration(parts[1])};
    }

    private static double duration(String metric) {
        return Double.parseDouble(metric.substring(metric.indexOf("dur=") + 4));
    }

    private static void report(String label, List<double[]> times) {
        List<Double> wall = times.stream().map(t -> t[0]).sorted().toList();
        List<Double> cpu = times.stream().map(t -> t[1]).sorted().toList();
        System.out.printf(Locale.ROOT, "%-90s %5d %8.1f %8.1f %8.1f %8.1f%n", label, wall.size(), percentile(wall, 0.50),
                percentile(wall, 0.99), percentile(cpu, 0.50), percentile(cpu, 0.99));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
