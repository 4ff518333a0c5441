package org.jixiao.ingest.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.office.OfficeContent.Section;
import org.xml.sax.SAXException;

/**
 * Loads Word and Excel files (and OpenDocument text and sheets) and lays them out on virtual pages
 * ({@link VirtualPageLayout}), so that the extract stage reads them like any PDF page. Text
 * documents go through Tika's XHTML, whose tables carry the cell structure; workbooks through POI
 * ({@link WorkbookReader}), because Tika's XHTML for a sheet drops its merged cells.
 *
 * <p>Hostile files are bounded: Tika's {@code SecureContentHandler} (applied by
 * {@link AutoDetectParser}) stops zip bombs by the ratio of text out to bytes in and by nesting
 * depth, POI's {@link ZipSecureFile} by the inflate ratio of each zip entry, a write limit caps the
 * text, {@link OfficeLimits} the table grid and the size of a workbook read into memory. Neither
 * Tika's nor POI's XML readers resolve external entities. Embedded documents (pictures, OLE
 * objects) are not parsed.
 */
public final class OfficeLoader {

    /** POI's own default: an entry that inflates more than a hundredfold is refused. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // Tika's OOXMLParser turns POI's inflate-ratio guard off when its class loads, trusting its
        // SecureContentHandler, which counts only text: a sheet of whitespace or empty cells would
        // pass. Load it first, then turn the guard back on (POI offers only this global setting).
        try {
            Class.forName(OOXMLParser.class.getName(), true, OOXMLParser.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /** Workbooks, read by {@link WorkbookReader} for their merged cells. */
    private static final Set<String> WORKBOOKS = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel");

    /** Other media types this loader reads, through Tika's XHTML; anything else goes elsewhere. */
    private static final Set<String> DOCUMENTS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/msword",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.text",
            // an encrypted OOXML file is an OLE2 container; detected as such, it still needs a password
            "application/x-tika-ooxml-protected");

    private final TextNormalizer normalizer;
    private final OfficeLimits limits;

    public OfficeLoader(TextNormalizer normalizer, OfficeLimits limits) {
        this.normalizer = normalizer;
        this.limits = limits;
    }

    public static boolean reads(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return WORKBOOKS.contains(type) || DOCUMENTS.contains(type);
    }

    /**
     * Parses a file of a type {@link #reads(String) this loader reads}, as detected from its content,
     * and lays its sheets, paragraphs and tables out on pages.
     */
    public List<Page> readPages(Path file, String mediaType, LoadOptions options) throws IngestException {
        List<Section> sections = WORKBOOKS.contains(mediaType.toLowerCase(Locale.ROOT))
                ? readWorkbook(file, options) : readDocument(file, mediaType, options);
        List<Page> pages = VirtualPageLayout.layout(sections);
        if (pages.size() > options.limits().maxPages()) {
            throw new IngestException(file, Reason.TOO_LARGE,
                    pages.size() + " pages, more than the limit of " + options.limits().maxPages());
        }
        return pages;
    }

    private List<Section> readWorkbook(Path file, LoadOptions options) throws IngestException {
        try {
            if (Files.size(file) > limits.maxWorkbookBytes()) {
                throw new IngestException(file, Reason.TOO_LARGE, "workbook of " + Files.size(file)
                        + " bytes, more than the limit of " + limits.maxWorkbookBytes());
            }
            return new WorkbookReader(normalizer, limits.maxCells()).read(file, options.password());
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw encrypted(file, options, e);
        } catch (XhtmlStructureHandler.TooManyCellsException e) {
            throw new IngestException(file, Reason.TOO_LARGE, null, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw limitOrCorrupt(file, e);
        }
    }

    private List<Section> readDocument(Path file, String mediaType, LoadOptions options) throws IngestException {
        XhtmlStructureHandler structure = new XhtmlStructureHandler(normalizer, limits.maxCells());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser(mediaType).parse(in, new WriteOutContentHandler(structure, limits.maxCharacters()), new Metadata(),
                    context(options));
        } catch (EncryptedDocumentException e) {
            throw encrypted(file, options, e);
        } catch (SAXException | TikaException e) {
            throw limitOrCorrupt(file, e);
        } catch (IOException e) {
            throw new IngestException(file, Reason.IO, null, "cannot read: " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw new IngestException(file, Reason.CORRUPT, null, "not a readable Office file: " + oneLine(e), e);
        }
        return structure.sections();
    }

    private static IngestException encrypted(Path file, LoadOptions options, Exception e) {
        return new IngestException(file, Reason.ENCRYPTED, null, options.password() == null
                ? "encrypted Office file: give its password with --password"
                : "encrypted Office file: the password given does not open it", e);
    }

    /**
     * An {@link AutoDetectParser} that takes the type already detected. Tika's own zip detection
     * would open the package without POI's {@link ZipSecureFile} and hand that to the parser, so the
     * inflate-ratio guard would never see the entries. The parser still wraps the handler in its
     * {@code SecureContentHandler}.
     */
    private static Parser parser(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        return new AutoDetectParser((input, metadata) -> type);
    }

    private static ParseContext context(LoadOptions options) {
        ParseContext context = new ParseContext();
        // embedded pictures and objects are not part of the form; skip them rather than parse them
        context.set(Parser.class, new EmptyParser());
        if (options.password() != null) {
            context.set(PasswordProvider.class, metadata -> options.password());
        }
        return context;
    }

    /** A limit reached (ours, Tika's or POI's zip-bomb guard) is TOO_LARGE; any other failure CORRUPT. */
    private static IngestException limitOrCorrupt(Path file, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException(file, Reason.TOO_LARGE, null, "more text than the limit allows", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XhtmlStructureHandler.TooManyCellsException) {
                return new IngestException(file, Reason.TOO_LARGE, null, t.getMessage(), e);
            }
            if (isZipBomb(t)) {
                return new IngestException(file, Reason.TOO_LARGE, null, "expands beyond safe limits (zip bomb?): "
                        + oneLine(t), e);
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new IngestException(file, Reason.ENCRYPTED, null, "encrypted Office file: " + oneLine(t), e);
            }
        }
        return new IngestException(file, Reason.CORRUPT, null, "not a readable Office file: " + oneLine(e), e);
    }

    /**
     * Tika reports its {@code SecureContentHandler} limits and POI its inflate-ratio guard only in the
     * message ("Suspected zip bomb", "Zip bomb detected!"); neither has an exception type of its own.
     */
    private static boolean isZipBomb(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
