package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.ChineseNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The report of {@code jixiao check --format html} in a real headless browser — Debian's chromium through
 * its chromium-driver, as the web module's BrowserTest (nothing downloaded; skipped with a message when
 * they are missing): the summary on top, every finding with its page region and figures outlined, sorting,
 * filtering. Photographed at 1366×768 into {@code docs/screenshots/}.
 */
class CheckReportBrowserTest {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";
    static final List<String> SAMPLES = List.of("planted-target-2022-wanyuan.pdf", "planted-selfeval-2022.pdf",
            "planted-evaluation-2022.pdf", "xinzhou-2023-targets.pdf");

    @TempDir
    static Path dir;
    static Path report;
    static List<JsonNode> findings = new ArrayList<>();
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(new File(DRIVER).canExecute() && new File(BROWSER).canExecute(),
                "browser tests skipped: install Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER + ")");
        Path corpus = Path.of(System.getProperty("jixiao.corpus"));
        List<String> args = new ArrayList<>(List.of("check", "--ocr", "never"));
        // named as a user in the folder would name them: relative paths
        Path here = Path.of("").toAbsolutePath();
        SAMPLES.forEach(sample -> args.add(here.relativize(corpus.resolve(sample).toAbsolutePath()).toString()));
        report = dir.resolve("report.html");
        List<String> html = new ArrayList<>(args);
        html.addAll(List.of("--format", "html", "-o", report.toString()));
        CliRun run = CliRun.jixiao(html.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> json = new ArrayList<>(args);
        json.addAll(List.of("--format", "json"));
        for (String line : CliRun.jixiao(json.toArray(String[]::new)).out().lines().toList()) {
            RecordJson.mapper().readTree(line).get("findings").forEach(findings::add);
        }
        assertTrue(findings.size() >= 5, "the planted samples have findings: " + findings);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void open() {
        browser.get(report.toUri().toString());
    }

    @Test
    void theSummaryOnTopCountsDocumentsAndFindingsByRule() throws IOException {
        WebElement summary = browser.findElement(By.cssSelector("table.summary"));
        assertTrue(summary.getLocation().getY() < browser.findElement(By.id("findings")).getLocation().getY());
        long errors = findings.stream().filter(f -> f.get("severity").asText().equals("error")).count();
        assertEquals(SAMPLES.size() + " 个文件：" + errors + " 个错误，" + (findings.size() - errors) + " 个提示",
                browser.findElement(By.cssSelector("body > p")).getText());
        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(ChineseNames.rule(f.get("rule").asText()), 1, Integer::sum));
        Map<String, Integer> shown = new TreeMap<>();
        for (WebElement row : summary.findElements(By.cssSelector("tr:not(:first-child)"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String rule = cells.get(0).getText().replaceAll(" \\(.*\\)$", "");
            shown.put(rule, Integer.parseInt(cells.get(1).getText()) + Integer.parseInt(cells.get(2).getText()));
        }
        assertEquals(byRule, shown);
        assertTrue(browser.findElement(By.cssSelector("p.none")).getText().contains("xinzhou-2023-targets.pdf"));
        screenshot("check-report");
    }

    @Test
    void everyFindingShowsItsPageRegionWithTheFiguresOutlined() throws IOException {
        List<WebElement> rows = rows();
        assertEquals(findings.size(), rows.size());
        int outlined = 0;
        for (WebElement row : rows) {
            if (row.findElement(By.cssSelector("td.page")).getText().isEmpty()) {
                continue; // a finding about the document as a whole has no page to show
            }
            WebElement image = row.findElement(By.cssSelector("td.thumb img"));
            Object width = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
            assertTrue(((Number) width).intValue() > 0, "the page region is shown: " + row.getText());
            Rectangle picture = image.getRect();
            for (WebElement outline : row.findElements(By.cssSelector("td.thumb rect.outline"))) {
                Rectangle box = outline.getRect();
                assertTrue(box.getX() >= picture.getX() - 1 && box.getX() + box.getWidth() <= picture.getX() + picture.getWidth() + 1
                        && box.getY() >= picture.getY() - 1 && box.getY() + box.getHeight() <= picture.getY() + picture.getHeight() + 1,
                        "the outline " + box + " lies on the picture " + picture);
                outlined++;
            }
            String severity = row.findElement(By.cssSelector("td.severity")).getText();
            assertFalse(severity.contains("\n"), "the severity does not wrap: " + severity);
        }
        assertTrue(outlined >= findings.size(), "the figures are outlined: " + outlined);

        scrollTo(browser.findElement(By.id("filter")));
        screenshot("check-report-findings");

        // a click enlarges the region, another makes it small again
        WebElement figure = browser.findElement(By.cssSelector("td.thumb .page-image"));
        int small = figure.getSize().getWidth();
        scrollTo(figure);
        figure.click();
        assertTrue(figure.getSize().getWidth() > 2 * small, figure.getSize() + " after a click, from " + small);
        screenshot("check-report-enlarged");
        figure.click();
        assertEquals(small, figure.getSize().getWidth());
    }

    @Test
    void theTableFiltersByWordsSeverityAndRuleAndSortsByAColumn() throws IOException {
        new Select(browser.findElement(By.id("severity"))).selectByValue("warning");
        List<WebElement> warnings = visibleRows();
        assertEquals(findings.stream().filter(f -> f.get("severity").asText().equals("warning")).count(), warnings.size());
        warnings.forEach(row -> assertEquals("提示", row.findElement(By.cssSelector("td.severity")).getText()));
        new Select(browser.findElement(By.id("severity"))).selectByValue("");

        new Select(browser.findElement(By.id("rule"))).selectByValue("sum_mismatch");
        long sums = findings.stream().filter(f -> f.get("rule").asText().equals("sum_mismatch")).count();
        assertEquals(sums, visibleRows().size());
        assertEquals("显示 " + sums + " / " + findings.size() + " 条", browser.findElement(By.id("shown")).getText());
        new Select(browser.findElement(By.id("rule"))).selectByValue("");

        browser.findElement(By.id("filter")).sendKeys("万元");
        List<WebElement> matching = visibleRows();
        assertFalse(matching.isEmpty());
        matching.forEach(row -> assertTrue(row.getText().contains("万元"), row.getText()));
        screenshot("check-report-filtered");
        browser.findElement(By.id("filter")).clear();
        browser.findElement(By.id("filter")).sendKeys(" ");

        WebElement pageHeading = browser.findElement(By.cssSelector("#findings th:nth-child(2)"));
        pageHeading.click();
        List<Integer> ascending = pages();
        assertEquals(ascending.stream().sorted().toList(), ascending);
        pageHeading.click();
        List<Integer> descending = pages();
        assertEquals(descending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);
        assertTrue(ascending.get(0) < descending.get(0), ascending + " then " + descending);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#findings tbody tr"));
    }

    private static List<WebElement> visibleRows() {
        return rows().stream().filter(WebElement::isDisplayed).toList();
    }

    private static List<Integer> pages() {
        return rows().stream().map(row -> row.findElement(By.cssSelector("td.page")).getText())
                .filter(text -> !text.isEmpty()).map(Integer::valueOf).toList();
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
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
}
