package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.ingest.AutoDetectLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server in a real headless browser: Debian's chromium driven through its chromium-driver at
 * {@value #DRIVER}; nothing is downloaded. Skipped, saying why, where they are not installed. Each page
 * is photographed at 1366×768 into {@code docs/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";

    @TempDir
    static Path dir;
    @TempDir
    static Path uploads;
    static ServedArchive archive;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(new File(DRIVER).canExecute() && new File(BROWSER).canExecute(),
                "browser tests skipped: install Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER + ")");
        archive = new ServedArchive(dir, true);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (archive != null) {
            archive.close();
        }
    }

    private static void open(String path) {
        browser.get(archive.url(path));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The visible window as a PNG under docs/screenshots, where the build says. */
    private static void screenshot(String name) throws IOException {
        String target = System.getProperty("jixiao.screenshots");
        if (target == null) {
            return;
        }
        Path file = Path.of(target, name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static long shownTotal() {
        return Long.parseLong(browser.findElement(By.id("total")).getText().replaceAll("[^0-9]", ""));
    }

    private static long apiTotal(String query) throws Exception {
        return RecordJson.mapper().readTree(archive.get("/api/search?" + query + "&limit=1").body()).get("total").asLong();
    }

    private static boolean imageLoaded(WebElement image) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return ((Number) width).intValue() > 0;
    }

    @Test
    @Order(1)
    void searchThenNarrowByAFacet() throws Exception {
        open("/search?q=" + q("运行率"));
        long all = shownTotal();
        assertEquals(apiTotal("q=" + q("运行率")), all);
        assertFalse(browser.findElements(By.cssSelector("#rows tbody tr")).isEmpty());
        WebElement city = browser.findElement(By.cssSelector(".facet[data-field=city] li a"));
        String cityName = city.getText();
        city.click();
        wait.until(ExpectedConditions.urlContains("city="));
        long narrowed = shownTotal();
        assertEquals(apiTotal("q=" + q("运行率") + "&city=" + q(cityName)), narrowed);
        assertTrue(narrowed < all, "the facet narrows " + all + " rows to " + narrowed);
        assertTrue(browser.findElement(By.cssSelector(".chips")).getText().contains(cityName));
        for (WebElement cell : browser.findElements(By.cssSelector("#rows tbody tr td:nth-child(3)"))) {
            assertEquals(cityName, cell.getText());
        }
        open("/search?q=" + q("满意度"));
        screenshot("search");
    }

    @Test
    @Order(2)
    void compareDrawsAChart() throws Exception {
        open("/compare?indicator=" + q("系统正常运行率"));
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertFalse(charts.isEmpty());
        long percentTargets = 0;
        for (var row : RecordJson.mapper().readTree(archive.get("/api/compare?indicator=" + q("系统正常运行率")).body())
                .get("rows")) {
            if ("%".equals(row.get("unit").asText(null))) {
                percentTargets++;
            }
        }
        assertEquals(percentTargets, charts.get(0).findElements(By.cssSelector("circle.dot")).size());
        assertTrue(charts.get(0).getSize().getWidth() > 400);
        screenshot("compare");
    }

    private static void logIn() {
        open("/login");
        browser.findElement(By.id("token")).sendKeys(archive.server.token());
        browser.findElement(By.cssSelector("form.login button")).click();
        wait.until(ExpectedConditions.urlContains("/import"));
    }

    @Test
    @Order(3)
    void aFindingShowsItsPageWithTheFigureOutlined() throws Exception {
        String sha256 = AutoDetectLoader.sha256(ServedArchive.sample("planted-selfeval-2022.pdf"));
        open("/review?rule=balance&sha256=" + sha256);
        WebElement image = browser.findElement(By.cssSelector("#evidence .page-image img"));
        wait.until(d -> imageLoaded(image));
        List<WebElement> outlines = browser.findElements(By.cssSelector("#evidence svg.outlines rect.outline"));
        assertFalse(outlines.isEmpty(), "the figure found is outlined");
        assertTrue(outlines.get(0).getSize().getWidth() > 5, "an outline of some width");
        logIn();
        open("/review?rule=balance&sha256=" + sha256);
        wait.until(d -> imageLoaded(d.findElement(By.cssSelector("#evidence .page-image img"))));
        screenshot("review");
    }

    @Test
    @Order(4)
    void aReviewMarkStaysThroughReloadAndReingest() throws Exception {
        Path sample = ServedArchive.sample("planted-selfeval-2022.pdf");
        String sha256 = AutoDetectLoader.sha256(sample);
        String page = "/review?rule=balance&sha256=" + sha256;
        open(page);
        WebElement card = browser.findElement(By.cssSelector("li.finding"));
        String id = card.getAttribute("data-id");
        card.findElement(By.cssSelector("input[name=verdict][value=confirmed]")).click();
        card.findElement(By.cssSelector("input[name=comment]")).sendKeys("已与会计凭证核对");
        card.findElement(By.cssSelector("form.mark button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#f-" + id + " .verdict.confirmed")).isEmpty());

        browser.navigate().refresh();
        assertMarked(id);

        var summary = archive.ingest(List.of(sample), true);
        assertEquals(1, summary.count(FileOutcome.STORED), "the document was read and stored again");
        open(page);
        assertMarked(id);
        assertTrue(archive.store.findings(new FindingQuery(Filters.NONE, "balance", null, 0, sha256)).stream()
                .anyMatch(f -> FindingKey.of(f).id().equals(id)), "the re-read finding has the same key");
    }

    private static void assertMarked(String id) {
        WebElement card = browser.findElement(By.id("f-" + id));
        assertEquals("已核实", card.findElement(By.cssSelector(".verdict.confirmed")).getText());
        assertTrue(card.findElement(By.cssSelector(".comment")).getText().contains("已与会计凭证核对"));
        assertTrue(card.findElement(By.cssSelector("input[name=verdict][value=confirmed]")).isSelected());
    }

    @Test
    @Order(5)
    void anUploadIsImportedWithProgress() throws Exception {
        // a sample made new by a trailing PDF comment (its own hash), and a file that is not a readable PDF
        Path fresh = uploads.resolve("复制-忻州-2023.pdf");
        Files.copy(ServedArchive.sample("xinzhou-2023-targets.pdf"), fresh, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(fresh, "\n%jixiao browser test\n", StandardOpenOption.APPEND);
        Path broken = uploads.resolve("损坏.pdf");
        Files.writeString(broken, "%PDF-1.7\nthis is no PDF body\n");
        String freshSha = AutoDetectLoader.sha256(fresh);

        open("/import");
        browser.findElement(By.id("files")).sendKeys(fresh + "\n" + broken);
        assertTrue(browser.findElement(By.id("chosen")).getText().contains("2 个文件"));
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/import"));
        WebElement job = wait.until(d -> d.findElements(By.cssSelector(".job.done")).stream().findFirst().orElse(null));
        assertTrue(job.findElement(By.cssSelector(".progress-text")).getText().startsWith("2 / 2 个文件"),
                job.getText());
        assertEquals("2", job.findElement(By.tagName("progress")).getAttribute("value"));
        String quarantine = job.findElement(By.cssSelector(".quarantine")).getText();
        assertTrue(quarantine.contains("损坏.pdf") && quarantine.contains("not a readable PDF"), quarantine);
        assertFalse(quarantine.contains(dir.toString()), "the server's folders are not shown: " + quarantine);
        assertTrue(archive.store.document(freshSha).isPresent(), "the upload is in the archive");
        screenshot("import");
        // the imported document's original is the uploaded file
        assertEquals(Files.size(fresh), archive.getBytes("/api/documents/" + freshSha + "/original").body().length);
    }

    @Test
    @Order(6)
    void theSearchExportOpensInExcel() throws Exception {
        open("/search?q=" + q("满意度") + "&sort=fiscal_year");
        long shown = shownTotal();
        String href = browser.findElement(By.partialLinkText("Excel")).getAttribute("href");
        byte[] xlsx = archive.getBytes(href.substring(archive.url("").length())).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(shown, sheet.getLastRowNum());
            assertEquals("项目", sheet.getRow(0).getCell(0).getStringCellValue());
            String firstProject = browser.findElement(By.cssSelector("#rows tbody tr td")).getText();
            assertEquals(firstProject, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(4).getCellType());
            double previous = Double.MAX_VALUE;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var year = sheet.getRow(r).getCell(4);
                if (year != null) {
                    assertTrue(year.getNumericCellValue() <= previous, "sorted by year, newest first, as on the page");
                    previous = year.getNumericCellValue();
                }
            }
        }
    }

    @Test
    @Order(7)
    void aDocumentBesideItsPages() throws Exception {
        String sha256 = AutoDetectLoader.sha256(ServedArchive.sample("planted-selfeval-2022.pdf"));
        open("/documents/" + sha256);
        WebElement first = browser.findElement(By.cssSelector("#p1 img"));
        wait.until(d -> imageLoaded(first));
        assertTrue(browser.findElement(By.id("download")).getAttribute("href").endsWith("/original"));
        assertFalse(browser.findElements(By.cssSelector(".project table")).isEmpty());
        screenshot("document");
    }
}
