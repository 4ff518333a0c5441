package org.jixiao.ingest.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.LoadOptions.OcrMode;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;

/**
 * The OCR route of the loader: image files, and the PDF pages whose text layer fails
 * {@link TextLayerCheck} (or all of them, as {@link OcrMode} says). Pages are rendered (or decoded)
 * one at a time in the caller's thread and read on all cores; at most one page per core waits in
 * memory. Thread-safe.
 */
public final class OcrRoute {

    /** What ImageIO reads and scanners write. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp",
            "image/gif");

    private final PageImageReader reader;
    private final TextLayerCheck check;
    private final OcrSettings settings;

    public OcrRoute(OcrEngine engine, OcrSettings settings, TextNormalizer normalizer) {
        this.reader = new PageImageReader(engine, settings, normalizer);
        this.check = new TextLayerCheck(settings.textLayer());
        this.settings = settings;
    }

    /** The route with the PP-OCRv4 models and default settings. */
    public static OcrRoute standard(TextNormalizer normalizer) {
        return new OcrRoute(OcrEngine.paddle(OcrSettings.DEFAULT), OcrSettings.DEFAULT, normalizer);
    }

    /** Whether files of this media type are images this route reads. */
    public boolean readsImageType(String mediaType) {
        return IMAGE_TYPES.contains(mediaType);
    }

    /**
     * The pages of a PDF with those that need OCR read again from their rendering.
     *
     * @param textPages the pages as the text-layer route read them
     */
    public List<Page> reviewPdf(Path file, PDDocument document, List<PdfLoader.PdfPage> textPages, LoadOptions options)
            throws IngestException {
        if (options.ocr() == OcrMode.NEVER) {
            return textPages.stream().map(PdfLoader.PdfPage::page).toList();
        }
        PDFRenderer renderer = new PDFRenderer(document);
        try (Batch batch = new Batch(file, textPages.size(), options)) {
            for (PdfLoader.PdfPage pdfPage : textPages) {
                Page page = pdfPage.page();
                if (options.ocr() == OcrMode.ALWAYS || needsOcr(file, document, pdfPage)) {
                    PDPage pdPage = document.getPage(page.number() - 1);
                    GrayImage image = render(file, renderer, page, options);
                    batch.submit(page.number(), image, page.width(), page.height(), pdPage.getRotation());
                } else {
                    batch.keep(page);
                }
            }
            return batch.pages();
        }
    }

    /** The pages of an image file, one per frame; with OCR off, pages without text. */
    public List<Page> readImageFile(Path file, LoadOptions options) throws IngestException {
        try (ImageFiles images = ImageFiles.open(file)) {
            if (images == null) {
                throw new IngestException(file, Reason.UNSUPPORTED_TYPE, "no image reader for this file");
            }
            int count = images.frameCount();
            if (count > options.limits().maxPages()) {
                throw new IngestException(file, Reason.TOO_LARGE,
                        count + " images, more than the limit of " + options.limits().maxPages());
            }
            try (Batch batch = new Batch(file, count, options)) {
                for (int index = 0; index < count; index++) {
                    ImageFiles.Frame frame = images.read(index, settings.renderDpi(), options.limits().maxImagePixels());
                    if (options.ocr() == OcrMode.NEVER) {
                        batch.keep(new Page(index + 1, frame.widthPoints(), frame.heightPoints(), 0, Page.TextSource.OCR,
                                List.of(), List.of()));
                    } else {
                        batch.submit(index + 1, frame.image(), frame.widthPoints(), frame.heightPoints(), 0);
                    }
                }
                return batch.pages();
            } catch (ImageFiles.TooLargeException e) {
                throw new IngestException(file, Reason.TOO_LARGE, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, null, "unreadable image: " + e.getMessage(), e);
        }
    }

    private boolean needsOcr(Path file, PDDocument document, PdfLoader.PdfPage page) throws IngestException {
        try {
            return check.assess(document, page).verdict().needsOcr();
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, page.page().number(), "cannot render the page: " + e.getMessage(), e);
        }
    }

    /** Renders a page at the OCR resolution, or coarser where the page is so large that the image would exceed the limit. */
    private GrayImage render(Path file, PDFRenderer renderer, Page page, LoadOptions options) throws IngestException {
        double pixelsAtDpi = page.width() * page.height() * Math.pow(settings.renderDpi() / 72.0, 2);
        double shrink = Math.min(1.0, Math.sqrt(options.limits().maxImagePixels() / pixelsAtDpi));
        float dpi = (float) (settings.renderDpi() * shrink);
        try {
            return GrayImage.of(renderer.renderImageWithDPI(page.number() - 1, dpi, ImageType.GRAY));
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, page.number(), "cannot render the page: " + e.getMessage(), e);
        }
    }

    /**
     * The pages of one file in page order, some kept, some being read on the pool. Submitting blocks
     * while every worker is busy and one page already waits, so memory holds a few pages at most.
     */
    private final class Batch implements AutoCloseable {

        private final Path file;
        private final int pageCount;
        private final LoadOptions options;
        private final List<Future<Page>> pages = new ArrayList<>();
        private final Semaphore inFlight = new Semaphore(OcrWorkers.threads() + 1);
        private final AtomicInteger read = new AtomicInteger();

        Batch(Path file, int pageCount, LoadOptions options) {
            this.file = file;
            this.pageCount = pageCount;
            this.options = options;
        }

        void keep(Page page) {
            pages.add(CompletableFuture.completedFuture(page));
        }

        void submit(int number, GrayImage image, float width, float height, int rotation) throws IngestException {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException(file, Reason.OCR_FAILED, number, "interrupted", e);
            }
            pages.add(OcrWorkers.pool().submit(() -> {
                try {
                    Page page = reader.read(number, image, width, height, rotation);
                    options.progress().pageRead(file, number, read.incrementAndGet(), pageCount);
                    return page;
                } catch (OcrException | RuntimeException e) {
                    throw new IngestException(file, Reason.OCR_FAILED, number, "OCR failed: " + e.getMessage(), e);
                } finally {
                    inFlight.release();
                }
            }));
        }

        /** Waits for every page; the first failure in page order is thrown. */
        List<Page> pages() throws IngestException {
            List<Page> done = new ArrayList<>(pages.size());
            for (Future<Page> page : pages) {
                try {
                    done.add(page.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException(file, Reason.OCR_FAILED, null, "interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IngestException failure) {
                        throw failure;
                    }
                    throw new IngestException(file, Reason.OCR_FAILED, null, "OCR failed: " + e.getCause(), e.getCause());
                }
            }
            return done;
        }

        /** Cancels what is still queued when loading fails half-way. */
        @Override
        public void close() {
            pages.forEach(page -> page.cancel(true));
        }
    }
}
