package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.ocr.OcrRoute;
import org.jixiao.ingest.office.OfficeLimits;
import org.jixiao.ingest.office.OfficeLoader;
import org.jixiao.ingest.pdf.PdfLoader;

/**
 * The default {@link DocumentLoader}: detects a file's type from its content (never its name) and
 * sends it down the route for that type. A PDF is known by its first bytes; Tika's detectors and the
 * Office parsers (a second or so of class loading and configuration) are set up only when a file
 * that is not a PDF appears.
 */
public final class AutoDetectLoader implements DocumentLoader {

    /** What a PDF file starts with, as Tika's own signature says (also after a UTF-8 byte order mark). */
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TextNormalizer normalizer;
    private final PdfLoader pdfLoader;
    private final OcrRoute ocrRoute;
    private volatile Tika tika;
    private volatile OfficeLoader officeLoader;

    public AutoDetectLoader() {
        this(TextNormalizer.standard());
    }

    public AutoDetectLoader(TextNormalizer normalizer) {
        this(normalizer, OcrRoute.standard(normalizer));
    }

    public AutoDetectLoader(TextNormalizer normalizer, OcrRoute ocrRoute) {
        this.normalizer = normalizer;
        this.pdfLoader = new PdfLoader(normalizer);
        this.ocrRoute = ocrRoute;
    }

    @Override
    public SourceDocument load(Path file, LoadOptions options) throws IngestException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file, Reason.NOT_FOUND, Files.isDirectory(file) ? "is a directory" : "no such file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IngestException(file, Reason.IO, null, "cannot read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new IngestException(file, Reason.EMPTY, "empty file");
        }
        if (size > options.limits().maxFileBytes()) {
            throw new IngestException(file, Reason.TOO_LARGE,
                    size + " bytes, more than the limit of " + options.limits().maxFileBytes());
        }
        String mediaType = detect(file);
        String sha256 = sha256(file);
        if (mediaType.equals("application/pdf")) {
            try (PDDocument document = pdfLoader.open(file, options)) {
                List<Page> pages = ocrRoute.reviewPdf(file, document, pdfLoader.readPages(file, document, options), options);
                return new SourceDocument(file, sha256, mediaType, pages);
            } catch (IOException e) {
                throw new IngestException(file, Reason.IO, null, e.getMessage(), e);
            }
        }
        if (OfficeLoader.reads(mediaType)) {
            return new SourceDocument(file, sha256, mediaType, officeLoader().readPages(file, mediaType, options));
        }
        if (ocrRoute.readsImageType(mediaType)) {
            return new SourceDocument(file, sha256, mediaType, ocrRoute.readImageFile(file, options));
        }
        throw new IngestException(file, Reason.UNSUPPORTED_TYPE, "unsupported type " + mediaType
                + " (jixiao reads PDF, Word and Excel files and scanned images)");
    }

    /** The media type from the file's bytes alone: a name can lie. */
    private String detect(Path file) throws IngestException {
        try {
            if (startsAsPdf(file)) {
                return "application/pdf";
            }
            try (TikaInputStream in = TikaInputStream.get(file)) {
                return tika().getDetector().detect(in, new Metadata()).getBaseType().toString();
            }
        } catch (IOException e) {
            throw new IngestException(file, Reason.IO, null, "cannot read: " + e.getMessage(), e);
        }
    }

    static boolean startsAsPdf(Path file) throws IOException {
        byte[] head = new byte[BYTE_ORDER_MARK.length + PDF_SIGNATURE.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return startsWith(head, read, 0, PDF_SIGNATURE)
                || startsWith(head, read, 0, BYTE_ORDER_MARK) && startsWith(head, read, BYTE_ORDER_MARK.length, PDF_SIGNATURE);
    }

    private static boolean startsWith(byte[] head, int length, int offset, byte[] prefix) {
        if (length < offset + prefix.length) {
            return false;
        }
        return java.util.Arrays.equals(head, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private Tika tika() {
        Tika detector = tika;
        if (detector == null) {
            synchronized (this) {
                detector = tika;
                if (detector == null) {
                    tika = detector = new Tika();
                }
            }
        }
        return detector;
    }

    private OfficeLoader officeLoader() {
        OfficeLoader loader = officeLoader;
        if (loader == null) {
            synchronized (this) {
                loader = officeLoader;
                if (loader == null) {
                    officeLoader = loader = new OfficeLoader(normalizer, OfficeLimits.DEFAULT);
                }
            }
        }
        return loader;
    }

    /** The hex SHA-256 of a file's bytes: the identity used for deduplication. */
    public static String sha256(Path file) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IngestException(file, Reason.IO, null, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
