package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;

/**
 * Loads born-digital PDF pages: glyphs with boxes from the text layer, ruling lines from the drawn
 * paths, page size and rotation. Memory stays bounded: the file is read from disk, not into memory,
 * and PDFBox's scratch buffers go to temporary files.
 */
public final class PdfLoader {

    private final TextNormalizer normalizer;

    public PdfLoader(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Opens a PDF, translating PDFBox's failures into errors that name the file. */
    public PDDocument open(Path file, LoadOptions options) throws IngestException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                    options.password() == null ? "" : options.password(), null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, Reason.ENCRYPTED, null,
                    options.password() == null ? "encrypted PDF: give its password with --password"
                            : "encrypted PDF: the password given does not open it", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, null, "not a readable PDF: " + oneLine(e), e);
        }
    }

    /** Reads every page of an open document with its text layer. */
    public List<Page> readPages(Path file, PDDocument document, LoadOptions options) throws IngestException {
        int count = document.getNumberOfPages();
        if (count > options.limits().maxPages()) {
            throw new IngestException(file, Reason.TOO_LARGE,
                    count + " pages, more than the limit of " + options.limits().maxPages());
        }
        PositionedTextStripper stripper;
        try {
            stripper = new PositionedTextStripper(normalizer);
        } catch (RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, null, oneLine(e), e);
        }
        List<Page> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            pages.add(readPage(file, document, number, stripper, options));
        }
        return pages;
    }

    private Page readPage(Path file, PDDocument document, int number, PositionedTextStripper stripper,
                          LoadOptions options) throws IngestException {
        try {
            PDPage pdPage = document.getPage(number - 1);
            PDRectangle cropBox = pdPage.getCropBox();
            int rotation = ((pdPage.getRotation() % 360) + 360) % 360;
            RulingFinder.PageSpace space = new RulingFinder.PageSpace(cropBox, rotation);
            float maxSide = options.limits().maxPageSide();
            if (space.width() > maxSide || space.height() > maxSide) {
                throw new IngestException(file, Reason.TOO_LARGE, number,
                        String.format("page of %.0f x %.0f points exceeds the limit of %.0f", space.width(),
                                space.height(), maxSide), null);
            }
            RulingFinder.Graphics graphics = RulingFinder.read(pdPage, space);
            List<TextElement> glyphs = visible(stripper.glyphs(document, number), space, graphics.hiddenGlyphOrigins());
            return new Page(number, space.width(), space.height(), rotation, Page.TextSource.TEXT_LAYER, glyphs,
                    graphics.rulings());
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, number, "unreadable page: " + oneLine(e), e);
        }
    }

    /**
     * Drops the glyphs no reader sees: off the page, or hidden by the clipping path (a spreadsheet
     * export centres the text of a cell merged across a page break on the whole cell and clips it).
     */
    private static List<TextElement> visible(List<TextElement> glyphs, RulingFinder.PageSpace space,
                                             List<float[]> hiddenOrigins) {
        List<TextElement> kept = new ArrayList<>(glyphs.size());
        for (TextElement glyph : glyphs) {
            float x = glyph.box().centerX();
            float y = glyph.box().centerY();
            boolean onPage = x >= 0 && x <= space.width() && y >= 0 && y <= space.height();
            if (onPage && !isHidden(glyph, hiddenOrigins)) {
                kept.add(glyph);
            }
        }
        return kept;
    }

    private static boolean isHidden(TextElement glyph, List<float[]> hiddenOrigins) {
        float baseline = glyph.box().maxY();
        for (float[] origin : hiddenOrigins) {
            if (Math.abs(origin[0] - glyph.box().minX()) < 0.5f && Math.abs(origin[1] - baseline) < 0.5f) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
