package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP: the API against the store it wires, escaping, path safety, exports, access. */
class WebServerTest {

    @TempDir
    static Path dir;
    static ServedArchive archive;

    @BeforeAll
    static void serve() throws IOException {
        archive = new ServedArchive(dir, true);
    }

    @AfterAll
    static void stop() throws IOException {
        archive.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.body());
        return RecordJson.mapper().readTree(response.body());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchApiGivesTheStoresRowsAndFacets() throws Exception {
        long expected = archive.store.search(new IndicatorQuery("运行率", Filters.NONE, 0, false)).total();
        assertTrue(expected > 1);
        JsonNode body = json(archive.get("/api/search?q=" + q("运行率") + "&limit=2"));
        assertEquals(expected, body.get("total").asLong());
        assertEquals(2, body.get("rows").size());
        JsonNode row = body.get("rows").get(0);
        for (String field : List.of("source", "sha256", "province", "city", "fiscal_year", "department", "project",
                "level1", "level2", "level3", "level4", "target", "actual", "score")) {
            assertTrue(row.has(field), field);
        }
        assertEquals(64, row.get("sha256").asText().length());
        JsonNode cities = body.get("facets").get("city");
        long counted = 0;
        for (JsonNode bucket : cities) {
            counted += bucket.get("count").asLong();
        }
        assertTrue(counted > 0 && counted <= expected);

        JsonNode all = json(archive.get("/api/search?q=" + q("运行率") + "&limit=0"));
        assertEquals(expected, all.get("rows").size());
        JsonNode second = json(archive.get("/api/search?q=" + q("运行率") + "&limit=1&offset=1"));
        assertEquals(body.get("rows").get(1), second.get("rows").get(0));
    }

    @Test
    void badParametersAreA400NamingThem() throws Exception {
        HttpResponse<String> response = archive.get("/api/search?year=twenty");
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("year"));
        assertEquals(400, archive.get("/api/search?doc_type=novel").statusCode());
        assertEquals(400, archive.get("/api/search?sort=price").statusCode());
    }

    @Test
    void aHostileProjectNameIsShownAsText() throws Exception {
        for (String path : List.of("/search?q=" + q("运行率"), "/documents/" + ServedArchive.HOSTILE_SHA256,
                "/review?sha256=" + ServedArchive.HOSTILE_SHA256, "/compare?indicator=" + q("运行率"))) {
            HttpResponse<String> page = archive.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), path);
            assertFalse(page.body().contains("<script>alert"), path);
            assertFalse(page.body().contains("<img src=x"), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        }
    }

    @Test
    void documentsAreReachedByHashOnly() throws Exception {
        for (String path : List.of("/api/documents/../../../etc/passwd", "/api/documents/..%2F..%2Fetc%2Fpasswd/original",
                "/api/documents/" + "A".repeat(64) + "/original", "/documents/etc", "/api/documents/"
                        + ServedArchive.HOSTILE_SHA256 + "/pages/..%2F1.png", "/static/../WebServer.class")) {
            int status = archive.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " gave " + status);
        }
        // stored, but its original is not where the record says: no file is served
        assertEquals(404, archive.get("/api/documents/" + ServedArchive.HOSTILE_SHA256 + "/original").statusCode());
    }

    @Test
    void theOriginalAndItsPagesAreServed() throws Exception {
        Path sample = ServedArchive.sample("planted-selfeval-2022.pdf");
        String sha256 = AutoDetectLoader.sha256(sample);
        HttpResponse<byte[]> original = archive.getBytes("/api/documents/" + sha256 + "/original");
        assertEquals(200, original.statusCode());
        assertArrayEquals(Files.readAllBytes(sample), original.body());

        JsonNode record = json(archive.get("/api/documents/" + sha256)).get("record");
        assertEquals(sha256, record.get("source").get("sha256").asText());

        HttpResponse<byte[]> cold = archive.getBytes("/api/documents/" + sha256 + "/pages/1.png");
        assertEquals(200, cold.statusCode());
        assertEquals("image/png", cold.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(cold.body(), 4));
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(cold.body()));
        assertTrue(image.getWidth() > 600, "rendered at " + image.getWidth() + " px");
        HttpResponse<byte[]> warm = archive.getBytes("/api/documents/" + sha256 + "/pages/1.png");
        assertEquals("hit", warm.headers().firstValue("X-Page-Cache").orElse(""));
        assertArrayEquals(cold.body(), warm.body());
        assertEquals(404, archive.getBytes("/api/documents/" + sha256 + "/pages/99.png").statusCode());
    }

    @Test
    void aFindingsPageIsOutlinedWhereItsFiguresArePrinted() throws Exception {
        String sha256 = AutoDetectLoader.sha256(ServedArchive.sample("planted-selfeval-2022.pdf"));
        String page = archive.get("/review?rule=balance&sha256=" + sha256).body();
        assertTrue(page.contains("/api/documents/" + sha256 + "/pages/1.png"), page);
        assertTrue(page.contains("<rect class=\"outline\""), page);
    }

    @Test
    void aDocumentShowsItsMoneyAsPrintedAndOutlinesFiguresInTenThousandYuan() throws Exception {
        String sha256 = AutoDetectLoader.sha256(ServedArchive.sample("planted-target-2022-wanyuan.pdf"));
        String document = archive.get("/documents/" + sha256).body();
        assertTrue(document.contains(">310.00万元<"), document);
        String review = archive.get("/review?rule=sum_mismatch&sha256=" + sha256).body();
        assertTrue(review.contains("300.00万元"), review);
        assertTrue(review.contains("<rect class=\"outline\""), "the finding's figures are outlined on its page: " + review);
    }

    @Test
    void findingsApiListsTheStoresFindingsWithFilters() throws Exception {
        List<StoredFinding> stored = archive.store.findings(new FindingQuery(Filters.NONE, null, null, 0));
        JsonNode all = json(archive.get("/api/findings?limit=0"));
        assertEquals(stored.size(), all.get("total").asInt());
        assertEquals(stored.size(), all.get("rows").size());
        String rule = stored.get(0).rule();
        long ofRule = stored.stream().filter(f -> f.rule().equals(rule)).count();
        JsonNode filtered = json(archive.get("/api/findings?rule=" + rule + "&limit=1"));
        assertEquals(ofRule, filtered.get("total").asLong());
        assertEquals(1, filtered.get("rows").size());
        JsonNode row = filtered.get("rows").get(0);
        for (String field : List.of("id", "source", "sha256", "page", "rule", "severity", "message", "review")) {
            assertTrue(row.has(field), field);
        }
    }

    @Test
    void searchExportsOpenInExcelWithRealTypes() throws Exception {
        long expected = archive.store.search(new IndicatorQuery("满意度", Filters.NONE, 0, false)).total();
        HttpResponse<byte[]> xlsx = archive.getBytes("/api/search.xlsx?q=" + q("满意度"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(expected, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            assertEquals("项目", header.getCell(0).getStringCellValue());
            assertEquals("年度", header.getCell(4).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(sheet.getPaneInformation());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(4));
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
            assertTrue(first.getCell(4).getNumericCellValue() > 2000);
            assertEquals(CellType.STRING, first.getCell(9).getCellType()); // a target such as ≥90% stays text
        }
        HttpResponse<byte[]> csv = archive.getBytes("/api/search.csv?q=" + q("满意度"));
        byte[] bytes = csv.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("项目,部门,"));
        assertEquals(expected + 1, text.lines().count());
    }

    @Test
    void reviewMarksNeedTheTokenAndAreListed() throws Exception {
        StoredFinding finding = archive.store.findings(new FindingQuery(Filters.NONE, null, null, 0)).get(0);
        String id = FindingKey.of(finding).id();
        String form = "verdict=false_alarm&comment=" + q("表内另有说明");
        assertEquals(401, archive.postForm("/api/findings/" + id + "/review", form, null).statusCode());
        assertEquals(401, archive.postForm("/api/findings/" + id + "/review", form, "wrong").statusCode());
        HttpResponse<String> marked = archive.postForm("/api/findings/" + id + "/review", form, archive.server.token());
        assertEquals(200, marked.statusCode(), marked.body());
        JsonNode listed = json(archive.get("/api/findings?verdict=false_alarm&limit=0"));
        assertEquals(1, listed.get("total").asInt());
        assertEquals("表内另有说明", listed.get("rows").get(0).get("review").get("comment").asText());
        assertEquals(400, archive.postForm("/api/findings/" + id + "/review", "verdict=maybe", archive.server.token())
                .statusCode());
        assertEquals(404, archive.postForm("/api/findings/" + "0".repeat(64) + "-000000000000/review", form,
                archive.server.token()).statusCode());
        archive.postForm("/api/findings/" + id + "/review", "verdict=", archive.server.token());
        assertEquals(0, json(archive.get("/api/findings?verdict=false_alarm")).get("total").asInt());
    }

    @Test
    void aReadOnlyServerRefusesWrites(@TempDir Path other) throws Exception {
        try (LuceneRecordStore readOnly = LuceneRecordStore.openReadOnly(archive.dir, IndicatorSynonyms.defaults());
             WebServer server = new WebServer(new ServeSettings(archive.dir, "127.0.0.1", 0, false), readOnly,
                     ServedArchive.READER).start()) {
            assertEquals(null, server.token());
            var http = java.net.http.HttpClient.newHttpClient();
            var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port()
                    + "/api/imports")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("folder=" + q(other.toString()))).build();
            assertEquals(403, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            var search = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port()
                    + "/api/search?q=" + q("运行率"))).build();
            assertEquals(200, http.send(search, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void compareApiAndChart() throws Exception {
        JsonNode body = json(archive.get("/api/compare?indicator=" + q("系统正常运行率")));
        assertTrue(body.get("rows").size() > 1);
        assertEquals("%", body.get("units").get(0).get("unit").asText());
        String page = archive.get("/compare?indicator=" + q("系统正常运行率")).body();
        assertTrue(page.contains("<svg") && page.contains("class=\"dot\""), "a chart with dots");
        assertEquals(400, archive.get("/api/compare").statusCode());
    }

    @Test
    void anUploadOfTooManyFilesIsRefusedWithAReason() throws Exception {
        String boundary = "jixiao-test-boundary";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= ServeSettings.MAX_UPLOAD_FILES; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"f")
                    .append(i).append(".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(archive.url("/api/imports")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(Access.HEADER, archive.server.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(json(response).get("error").asText().contains(String.valueOf(ServeSettings.MAX_UPLOAD_FILES)));
        assertEquals(400, archive.postForm("/api/imports", "folder=relative/path", archive.server.token()).statusCode());
    }

    @Test
    void uploadNamesCannotLeaveTheirFolder() {
        assertEquals("passwd", Imports.safeName("../../etc/passwd"));
        assertEquals("x.pdf", Imports.safeName("C:\\temp\\..\\x.pdf"));
        assertEquals("bashrc", Imports.safeName(".bashrc"));
        assertEquals("upload", Imports.safeName(".."));
    }
}
