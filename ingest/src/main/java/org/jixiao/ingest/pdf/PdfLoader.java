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
import org.jixiao.ingest.Box;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
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

    /**
     * A page as its text layer gives it, with the boxes where anything else may have put ink (images,
     * shapes, strokes that are no ruling, annotations) for the text-layer check.
     */
    public record PdfPage(Page page, List<Box> paint) {
        public PdfPage {
            paint = List.copyOf(paint);
        }
    }

    /** Reads every page of an open document with its text layer. */
    public List<PdfPage> readPages(Path file, PDDocument document, LoadOptions options) throws IngestException {
        int count = document.getNumberOfPages();
        if (count > options.limits().maxPages()) {
            throw new IngestException(file, Reason.TOO_LARGE,
                    count + " pages, more than the limit of " + options.limits().maxPages());
        }
        List<PdfPage> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            pages.add(read(file, document, number, options));
        }
        return pages;
    }

    /** Reads one page (1-based) of an open document with its text layer, as {@link #readPages} does. */
    public Page readPage(Path file, PDDocument document, int number, LoadOptions options) throws IngestException {
        return read(file, document, number, options).page();
    }

    private PdfPage read(Path file, PDDocument document, int number, LoadOptions options) throws IngestException {
        try {
            PDPage pdPage = document.getPage(number - 1);
            PDRectangle cropBox = pdPage.getCropBox();
            int rotation = ((pdPage.getRotation() % 360) + 360) % 360;
            PageContentReader.PageSpace space = new PageContentReader.PageSpace(cropBox, rotation);
            float maxSide = options.limits().maxPageSide();
            if (space.width() > maxSide || space.height() > maxSide) {
                throw new IngestException(file, Reason.TOO_LARGE, number,
                        String.format("page of %.0f x %.0f points exceeds the limit of %.0f", space.width(),
                                space.height(), maxSide), null);
            }
            PageContentReader.Content content = PageContentReader.read(pdPage, space, normalizer);
            return new PdfPage(new Page(number, space.width(), space.height(), rotation, Page.TextSource.TEXT_LAYER,
                    content.glyphs(), content.rulings()), content.paint());
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, number, "unreadable page: " + oneLine(e), e);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
