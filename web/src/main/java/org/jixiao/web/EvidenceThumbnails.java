package org.jixiao.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;

/**
 * Each finding's page region as a PNG with its figures outlined, for a report file: the page rendered
 * as the review page renders it ({@link PageImages#render}), its figures found as the review page finds
 * them ({@link EvidenceLocator}), cut to the lines around them.
 */
public final class EvidenceThumbnails {

    /** Room around the outlined figures, in points: the row above and below, the labels beside. */
    private static final float MARGIN_X = 48;
    private static final float MARGIN_Y = 30;
    /** At least this wide, so that a lone figure shows its row. */
    private static final float MIN_WIDTH = 360;

    /**
     * A region of a page as an image.
     *
     * @param region   the region shown, in page points
     * @param outlines the figures found, in page points; empty where none was found on the text layer
     *                 (a scan, a figure printed otherwise): then the region is the whole page
     */
    public record Thumbnail(byte[] png, int page, Box region, List<Box> outlines) {

        /** The figure's markup ({@link PageFigure}), the image inlined, for a self-contained page. */
        public String html() {
            return PageFigure.html("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                    "第 " + page + " 页", region, outlines);
        }
    }

    private EvidenceThumbnails() {
    }

    /**
     * The thumbnails of a PDF's findings, each page rendered once; findings without a page get none.
     * A file that is not a PDF, or cannot be opened, gets none: the report goes on without pictures.
     */
    public static Map<Finding, Thumbnail> of(Path file, List<Finding> findings) throws IOException {
        Map<Finding, Thumbnail> thumbnails = new IdentityHashMap<>();
        if (!Originals.isPdf(file) || findings.stream().allMatch(f -> f.page() == null)) {
            return thumbnails;
        }
        PdfLoader loader = new PdfLoader(TextNormalizer.standard());
        try (PDDocument document = loader.open(file, LoadOptions.DEFAULT)) {
            Map<Integer, Rendered> pages = new HashMap<>();
            for (Finding finding : findings) {
                Integer number = finding.page();
                if (number == null || number < 1 || number > document.getNumberOfPages()) {
                    continue;
                }
                Rendered page = pages.get(number);
                if (page == null) {
                    page = new Rendered(loader.readPage(file, document, number, LoadOptions.DEFAULT),
                            PageImages.render(document, number));
                    pages.put(number, page);
                }
                thumbnails.put(finding, page.thumbnail(number, EvidenceLocator.locate(page.text(),
                        EvidenceLocator.needles(finding))));
            }
        } catch (IngestException e) {
            return thumbnails;
        }
        return thumbnails;
    }

    private record Rendered(Page text, BufferedImage image) {

        Thumbnail thumbnail(int number, List<Box> outlines) throws IOException {
            Box region = outlines.isEmpty() ? new Box(0, 0, text.width(), text.height()) : around(outlines);
            float scale = image.getWidth() / text.width();
            int x = Math.max(0, Math.round(region.x() * scale));
            int y = Math.max(0, Math.round(region.y() * scale));
            int width = Math.min(image.getWidth() - x, Math.round(region.width() * scale));
            int height = Math.min(image.getHeight() - y, Math.round(region.height() * scale));
            Box shown = new Box(x / scale, y / scale, width / scale, height / scale);
            return new Thumbnail(PngEncoder.encode(image.getSubimage(x, y, width, height)), number, shown,
                    new ArrayList<>(outlines));
        }

        /** The outlines with a margin, at least {@link #MIN_WIDTH} wide, within the page. */
        private Box around(List<Box> outlines) {
            Box union = outlines.get(0);
            for (Box box : outlines) {
                union = union.union(box);
            }
            float minX = union.minX() - MARGIN_X;
            float maxX = union.maxX() + MARGIN_X;
            if (maxX - minX < MIN_WIDTH) {
                float grow = (MIN_WIDTH - (maxX - minX)) / 2;
                minX -= grow;
                maxX += grow;
            }
            return Box.of(Math.max(0, minX), Math.max(0, union.minY() - MARGIN_Y),
                    Math.min(text.width(), maxX), Math.min(text.height(), union.maxY() + MARGIN_Y));
        }
    }
}
