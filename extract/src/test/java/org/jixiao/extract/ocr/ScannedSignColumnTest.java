package org.jixiao.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.layout.Table;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.ocr.GrayImage;
import org.jixiao.ingest.ocr.OcrEngine;
import org.jixiao.ingest.ocr.OcrSettings;
import org.jixiao.ingest.ocr.PageImageReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated scans of a declaration's indicator table with a separate sign column (指标性质), drawn
 * with a CJK font and a Latin font for the signs, at 150 and 200 dpi with scanner noise, read by the
 * real OCR route and table builder. The signs are what the recogniser reads worst: before the
 * closed-set repair this column came out as V, N and 三.
 */
class ScannedSignColumnTest {

    private static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final File SIGN_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String[] NAMES = {"项目竣工验收合格率", "土壤改良面积", "建设周期", "设备购置数量", "培训人次",
        "群众满意度", "资金到位率", "系统正常运行率", "道路维修里程", "绿化覆盖率", "农田灌溉面积", "工程质量达标率"};
    /**
     * Lone ≤ is left out: PP-OCRv4 reads it in these fonts as nothing at all (no step gives it 0.1),
     * so no repair has anything to choose from; README-ocr says so.
     */
    private static final String[] SIGNS = {"≥", "≥", "=", "定性"};
    private static final Set<String> SIGN_SET = Set.of("≥", "≤", "=", ">", "<", "定性", "定量");
    private static final float[] COLUMNS = {40, 110, 180, 330, 390, 470, 550};
    private static final float ROW = 22;
    private static final float TOP = 80;

    private record Drawn(GrayImage image, List<String> signs, List<String> names) {
    }

    @ParameterizedTest(name = "seed {0} at {1} dpi")
    @CsvSource({"1, 200", "2, 150"})
    void theSignColumnIsReadAsSigns(long seed, float dpi) throws Exception {
        assumeTrue(CJK_FONT.isFile() && SIGN_FONT.isFile(), "fonts-wqy-microhei and fonts-dejavu-core draw the test page");
        Drawn drawn = draw(seed, dpi);
        Page page = new PageImageReader(OcrEngine.paddle(OcrSettings.DEFAULT), OcrSettings.DEFAULT, TextNormalizer.standard())
                .read(1, drawn.image(), 595, 842, 0);
        Table table = new LayoutAnalyzer().analyze(List.of(page)).blocks().stream()
                .filter(b -> b instanceof Block.TableBlock).map(b -> ((Block.TableBlock) b).table()).findFirst().orElseThrow();

        List<String> got = new ArrayList<>();
        int right = 0;
        int read = 0;
        int names = 0;
        for (int row = 0; row < drawn.signs().size(); row++) {
            String sign = cell(table, row + 1, 3);
            if (!sign.isEmpty()) {
                read++;
                assertEquals(drawn.signs().get(row), sign, "row " + (row + 1) + ": a sign read is the sign drawn");
            }
            right += sign.equals(drawn.signs().get(row)) ? 1 : 0;
            got.add(sign);
            names += cell(table, row + 1, 2).equals(drawn.names().get(row)) ? 1 : 0;
        }
        int rows = drawn.signs().size();
        // at 150 dpi a lone ≥ is now and then read as nothing at all (2 of 12 here): a gap, never a wrong sign
        assertTrue(right >= 0.8 * rows, right + " of " + rows + " signs right: " + got + " for " + drawn.signs());
        assertTrue(names >= 0.9 * rows, names + " of " + rows + " names right");
        // the raw reading had misread signs: the repair, not the recogniser, put them right
        long misread = page.text().stream().filter(e -> e.box().centerX() > COLUMNS[3] && e.box().centerX() < COLUMNS[4])
                .map(TextElement::text).filter(t -> !SIGN_SET.contains(t) && !t.equals("指标性质")).count();
        assertTrue(misread > 0, "the page should challenge the recogniser");
    }

    private static String cell(Table table, int row, int column) {
        return table.cells().stream().filter(c -> c.row() == row && c.column() == column).map(Cell::text)
                .findFirst().orElse("");
    }

    /** A page of a twelve-row indicator table, its signs and names drawn at random from the lists above. */
    private static Drawn draw(long seed, float dpi) throws IOException, FontFormatException {
        Random random = new Random(seed);
        double scale = dpi / 72.0;
        int width = (int) (595 * scale);
        int height = (int) (842 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        Font cjk = Font.createFonts(CJK_FONT)[0].deriveFont((float) (9 * scale));
        Font latin = Font.createFont(Font.TRUETYPE_FONT, SIGN_FONT).deriveFont((float) (9 * scale));
        int rows = 12;
        g.setStroke(new BasicStroke((float) scale));
        for (int i = 0; i <= rows + 1; i++) {
            float y = TOP + i * ROW;
            g.drawLine(px(COLUMNS[0], scale), px(y, scale), px(COLUMNS[COLUMNS.length - 1], scale), px(y, scale));
        }
        for (float x : COLUMNS) {
            g.drawLine(px(x, scale), px(TOP, scale), px(x, scale), px(TOP + (rows + 1) * ROW, scale));
        }
        String[] header = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"};
        g.setFont(cjk);
        for (int c = 0; c < header.length; c++) {
            g.drawString(header[c], px(COLUMNS[c] + 4, scale), px(TOP + 15, scale));
        }
        List<String> signs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            float y = TOP + (r + 1) * ROW + 15;
            String sign = SIGNS[random.nextInt(SIGNS.length)];
            String name = NAMES[random.nextInt(NAMES.length)];
            signs.add(sign);
            names.add(name);
            g.setFont(cjk);
            g.drawString("产出指标", px(COLUMNS[0] + 4, scale), px(y, scale));
            g.drawString("数量指标", px(COLUMNS[1] + 4, scale), px(y, scale));
            g.drawString(name, px(COLUMNS[2] + 4, scale), px(y, scale));
            g.drawString(sign.length() > 1 ? "好" : String.valueOf(1 + random.nextInt(99)), px(COLUMNS[4] + 10, scale), px(y, scale));
            g.drawString("%", px(COLUMNS[5] + 10, scale), px(y, scale));
            g.setFont(sign.length() > 1 ? cjk : latin);
            g.drawString(sign, px(COLUMNS[3] + 16 + random.nextInt(8), scale), px(y, scale));
        }
        g.dispose();
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = raster.getSample(x, y, 0) + (int) (random.nextGaussian() * 25);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return new Drawn(GrayImage.of(image), signs, names);
    }

    private static int px(float points, double scale) {
        return (int) Math.round(points * scale);
    }
}
