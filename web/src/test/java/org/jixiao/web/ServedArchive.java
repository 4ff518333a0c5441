package org.jixiao.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.IngestProgress;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.IngestSummary;
import org.jixiao.index.bulk.RecordReader;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.LoadOptions;

/**
 * The born-digital samples (no OCR: the web layer is under test, not the reader) ingested into a fresh
 * index, plus one record as a hostile PDF could make it, served on a free port.
 */
final class ServedArchive implements AutoCloseable {

    /** A project name, department and message written to break out of HTML. */
    static final String HOSTILE = "<script>alert('x')</script>";
    static final String HOSTILE_SHA256 = "ab".repeat(32);

    static final LoadOptions NO_OCR = LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER);
    private static final Pipeline PIPELINE = Pipelines.standard();
    static final RecordReader READER = file -> PIPELINE.run(file, NO_OCR).record();

    final Path dir;
    final LuceneRecordStore store;
    final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ServedArchive(Path dir, boolean allowImport) throws IOException {
        this.dir = dir;
        this.store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults());
        ingest(bornDigitalSamples(), false);
        store.put(hostileRecord());
        store.commit();
        this.server = new WebServer(new ServeSettings(dir, "127.0.0.1", 0, allowImport), store, READER).start();
    }

    static Path corpus() {
        return Path.of(System.getProperty("jixiao.corpus", "../corpus-samples")).toAbsolutePath().normalize();
    }

    /** The samples with a text layer: not the scans, the outlined-glyph PDF or the TIFF. */
    static List<Path> bornDigitalSamples() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(".pdf")).filter(f -> !f.toString().contains(".scan."))
                    .filter(f -> !f.toString().contains(".outlines.")).sorted().toList();
        }
    }

    static Path sample(String name) {
        return corpus().resolve(name);
    }

    IngestSummary ingest(List<Path> files, boolean replace) throws IOException {
        return new BulkIngester(store, READER, IngestSettings.defaults().withReplaceStored(replace), IngestProgress.SILENT)
                .run(files);
    }

    private static DocumentRecord hostileRecord() {
        Indicator indicator = new Indicator("产出指标", "质量指标", HOSTILE + "运行率", null, "≥95%", "<i>99%</i>", null, null,
                null, 1, null);
        ProjectRecord project = new ProjectRecord(HOSTILE, "<img src=x onerror=alert(1)>局", null, List.of(), List.of(),
                List.of(), List.of(indicator), null);
        Finding finding = new Finding("balance", Finding.Severity.ERROR, "结余 " + HOSTILE, "1", "2", 1, List.of(), HOSTILE);
        return new DocumentRecord(new Source("/nowhere/" + HOSTILE + ".pdf", HOSTILE_SHA256, 1, List.of()),
                DocType.TARGET_DECLARATION, new Region("山西省", "忻州市", null), 2023, List.of(project), List.of(finding));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postForm(String path, String form, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header(Access.HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
