package org.jixiao.extract.variation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a born-digital PDF and scans it back, as bureaus archive paper: every page an image at a
 * scanner's resolution, fed slightly askew, on greyish paper with toner specks, saved as JPEG. The
 * scan has no text layer, so reading it takes OCR; what it shows is what the PDF printed, so the
 * PDF's truth is the scan's.
 */
final class PaperScan {

    private static final int[] RESOLUTIONS = {150, 200, 200, 300};
    /** Feeders skew pages by a fraction of a degree; more is a page a clerk would rescan. */
    private static final double MAX_SKEW_DEGREES = 0.4;
    private static final int SPECKS_PER_MEGAPIXEL = 40;

    private PaperScan() {
    }

    static void scan(Path pdf, Path scan, Random random) throws IOException {
        int dpi = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
        try (PDDocument printed = Loader.loadPDF(pdf.toFile()); PDDocument scanned = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(printed);
            for (int i = 0; i < printed.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                BufferedImage paper = onPaper(image, (random.nextDouble() * 2 - 1) * MAX_SKEW_DEGREES, random);
                PDRectangle box = printed.getPage(i).getMediaBox();
                boolean turned = printed.getPage(i).getRotation() % 180 != 0;
                PDPage page = new PDPage(turned ? new PDRectangle(box.getHeight(), box.getWidth()) : box);
                scanned.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(scanned, paper, 0.7f + random.nextFloat() * 0.2f, dpi);
                try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
                    content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            scanned.save(scan.toFile());
        }
    }

    /** The page turned about its centre on greyish paper, with specks of toner. */
    private static BufferedImage onPaper(BufferedImage page, double skewDegrees, Random random) {
        BufferedImage paper = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = paper.createGraphics();
        int shade = 232 + random.nextInt(20);
        g.setColor(new Color(shade, shade, shade));
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER));
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(skewDegrees),
                page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(darkOnly(page), turn, null);
        g.setColor(Color.DARK_GRAY);
        long specks = (long) page.getWidth() * page.getHeight() * SPECKS_PER_MEGAPIXEL / 1_000_000;
        for (long s = 0; s < specks; s++) {
            int size = 1 + random.nextInt(2);
            g.fillRect(random.nextInt(page.getWidth()), random.nextInt(page.getHeight()), size, size);
        }
        g.dispose();
        return paper;
    }

    /** The page's ink over transparency, so that the paper's shade shows through its white. */
    private static BufferedImage darkOnly(BufferedImage page) {
        BufferedImage ink = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int grey = page.getRaster().getSample(x, y, 0);
                ink.setRGB(x, y, (255 - grey) << 24);
            }
        }
        return ink;
    }
}
