package org.jixiao.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;

/**
 * Pages of the original PDFs as PNG images, rendered by PDFBox when first asked for and kept in a
 * memory cache of bounded size; and the text layer of a page, to outline a finding's figures on it.
 */
final class PageImages {

    /** 108 dpi: an A4 page 893 pixels wide, legible beside the record at 1366×768. */
    static final float SCALE = 1.5f;
    private static final long CACHE_BYTES = 96L << 20;
    private static final int TEXT_PAGES_KEPT = 64;

    /** A rendered page. */
    record Image(byte[] png, boolean cached) {
    }

    /** A page's size in points and the boxes of a finding's figures on it. */
    record Evidence(float width, float height, List<Box> boxes) {
    }

    private final Originals originals;
    private final PdfLoader loader = new PdfLoader(TextNormalizer.standard());
    /** Rendering is CPU-bound: at most one per core, however many images a page asks for at once. */
    private final Semaphore renderers = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final Map<String, byte[]> images = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;
    private final Map<String, Page> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > TEXT_PAGES_KEPT;
        }
    };

    PageImages(Originals originals) {
        this.originals = originals;
    }

    /** Page {@code number} (1-based) as PNG; empty when the original is gone, not a PDF, or has no such page. */
    Optional<Image> png(String sha256, int number) throws IOException {
        String key = sha256 + "/" + number;
        synchronized (images) {
            byte[] cached = images.get(key);
            if (cached != null) {
                return Optional.of(new Image(cached, true));
            }
        }
        Optional<Path> file = pdf(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] png;
        renderers.acquireUninterruptibly();
        try (PDDocument document = loader.open(file.get(), LoadOptions.DEFAULT)) {
            if (number < 1 || number > document.getNumberOfPages()) {
                return Optional.empty();
            }
            png = PngEncoder.encode(render(document, number));
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            renderers.release();
        }
        synchronized (images) {
            if (images.put(key, png) == null) {
                cachedBytes += png.length;
            }
            var eldest = images.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && eldest.hasNext()) {
                cachedBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return Optional.of(new Image(png, false));
    }

    /** Page {@code number} (1-based) at {@link #SCALE}, as the review page and the check report show it. */
    static BufferedImage render(PDDocument document, int number) throws IOException {
        return new PDFRenderer(document).renderImage(number - 1, SCALE, ImageType.RGB);
    }

    /** The page's size and the finding's figures outlined on it; empty as for {@link #png}. */
    Optional<Evidence> evidence(String sha256, int number, Finding finding) throws IOException {
        Optional<Page> page = page(sha256, number);
        return page.map(p -> new Evidence(p.width(), p.height(),
                finding == null ? List.of() : EvidenceLocator.locate(p, EvidenceLocator.needles(finding))));
    }

    private Optional<Page> page(String sha256, int number) throws IOException {
        String key = sha256 + "/" + number;
        synchronized (texts) {
            Page known = texts.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Path> file = pdf(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Page page;
        try (PDDocument document = loader.open(file.get(), LoadOptions.DEFAULT)) {
            if (number < 1 || number > document.getNumberOfPages()) {
                return Optional.empty();
            }
            page = loader.readPage(file.get(), document, number, LoadOptions.DEFAULT);
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        }
        synchronized (texts) {
            texts.put(key, page);
        }
        return Optional.of(page);
    }

    private Optional<Path> pdf(String sha256) throws IOException {
        Optional<Path> file = originals.file(sha256);
        return file.isPresent() && Originals.isPdf(file.get()) ? file : Optional.empty();
    }
}
