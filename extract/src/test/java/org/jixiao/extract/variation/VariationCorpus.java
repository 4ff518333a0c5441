package org.jixiao.extract.variation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.extract.forms.FormWriter;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.extract.model.Source;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.TextElement;

/**
 * Writes the generated variation corpus: from one seed, {@code count} documents across the layout
 * families, each with its truth {@code NAME.truth.json} written from the form data by the record
 * contract. Document {@code i} depends on the seed and {@code i} only, so a smaller count gives a prefix
 * of a larger set. Every document is written as a PDF ({@code fNN-family-iiii.pdf}) and as the Office
 * file it was laid out in: a table form's workbook ({@code fNN-family-iiii-xlsx.xlsx}), a report's Word
 * file ({@code …-docx.docx}). A share of the PDFs is exported from the Office file by LibreOffice where
 * it is installed, as bureaus export theirs; the rest are drawn by PDFBox. Every third document of a
 * family carries planted errors of the arithmetic rules, listed as the truth's findings.
 */
public final class VariationCorpus {

    /** The CJK fonts tried in turn: WenQuanYi Micro Hei (TrueType, subset-embeddable). */
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    static final List<Family> FAMILIES = List.of(
            new DeclarationFamily(true),
            new DeclarationFamily(false),
            new TwoPeriodFamily(),
            new CompactFamily(false),
            new LongFormFamily(false),
            new LongFormFamily(true),
            new SelfEvaluationFormFamily(),
            new SelfEvaluationReportFamily(),
            new ThirdPartyReportFamily(),
            new WorkbookFamily(),
            new CompactFamily(true));

    /** Every this-many-th document is also printed and scanned back ({@code NAME.scan.pdf}). */
    static final int SCAN_EVERY = 5;

    private final long seed;
    private final Places places = new Places();

    public VariationCorpus(long seed) {
        this.seed = seed;
    }

    /** A document before it is written: its family, name, content and the rules whose errors it carries. */
    record Draft(int index, Family family, String name, Generated generated, Set<String> planted,
                 boolean viaLibreOffice) {
    }

    /**
     * Draws document {@code index}: the families in turn; errors planted in every third document of a
     * family, the rule rotating over the family's rules (with an offset per family, so that a small set
     * holds every rule), now and then with a second rule besides.
     */
    Draft draft(int index) {
        int familyIndex = index % FAMILIES.size();
        int round = index / FAMILIES.size();
        Family family = FAMILIES.get(familyIndex);
        Random random = new Random(mix(seed * 1_000_003L + index));
        Set<String> plant = new LinkedHashSet<>();
        if (round % 3 == 1) {
            List<String> rules = family.plantable();
            plant.add(rules.get((round / 3 * 2 + familyIndex) % rules.size()));
            if (rules.size() > 2 && random.nextInt(4) == 0) {
                plant.add(rules.get(random.nextInt(rules.size())));
            }
        }
        boolean viaLibreOffice = random.nextInt(4) == 0;
        Generated generated = family.build(new FormData.Drafts(random, places), plant);
        return new Draft(index, family, String.format("%s-%04d", family.id(), index), generated, Set.copyOf(plant),
                viaLibreOffice);
    }

    /**
     * Spreads neighbouring seeds apart (MurmurHash3's finaliser): java.util.Random's first draws from
     * seeds 1 apart are nearly equal, which would make neighbouring documents alike.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Writes documents {@code 0 … count-1} into the directory, returning the files written. */
    public List<Path> write(int count, Path out, boolean libreOffice) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        try (TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            FormWriter.FontSource font = document -> PDType0Font.load(document,
                    fonts.getFontByName("WenQuanYiMicroHei"), true);
            PdfRenderer pdf = new PdfRenderer(font);
            XlsxRenderer xlsx = new XlsxRenderer();
            DocxRenderer docx = new DocxRenderer();
            List<Draft> exported = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Draft draft = draft(i);
                Path office = officeFile(out, draft);
                if (draft.family().office() == Family.Office.XLSX) {
                    xlsx.render(draft.generated().layout(), "Sheet1", office);
                } else {
                    docx.render(draft.generated().layout(), office);
                }
                written.add(writeTruth(draft.generated(), office));
                if (draft.viaLibreOffice() && libreOffice) {
                    exported.add(draft);
                    continue;
                }
                Path file = out.resolve(draft.name() + ".pdf");
                pdf.render(draft.generated().layout(), file);
                written.add(writeTruth(draft.generated(), file));
                if (i % SCAN_EVERY == 0) {
                    written.add(writeScan(draft, file));
                }
            }
            Map<Path, Path> exports = new LinkedHashMap<>();
            exported.forEach(draft -> exports.put(officeFile(out, draft), out.resolve(draft.name() + ".pdf")));
            LibreOffice.toPdf(exports);
            for (Draft draft : exported) {
                Path file = exports.get(officeFile(out, draft));
                written.add(writeTruth(draft.generated(), file));
                if (draft.index() % SCAN_EVERY == 0) {
                    written.add(writeScan(draft, file));
                }
            }
        }
        return written;
    }

    private static Path officeFile(Path out, Draft draft) {
        String extension = draft.family().office().extension();
        return out.resolve(draft.name() + "-" + extension + "." + extension);
    }

    /** Prints the PDF and scans it back beside it, with the PDF's truth: the pages show the same. */
    private Path writeScan(Draft draft, Path pdf) throws IOException {
        Path scan = pdf.resolveSibling(draft.name() + ".scan.pdf");
        PaperScan.scan(pdf, scan, new Random(mix(seed * 1_000_003L + draft.index()) + 1));
        return writeTruth(draft.generated(), scan, pdf);
    }

    /** Writes the truth beside the file: source of that very file, findings on the pages it prints them. */
    static Path writeTruth(Generated generated, Path file) throws IOException {
        return writeTruth(generated, file, file);
    }

    /**
     * Writes the truth of {@code file}, finding the pages of the planted figures in {@code printed}, the
     * born-digital file whose pages it shows (a scan has no text to find them in without OCR).
     */
    private static Path writeTruth(Generated generated, Path file, Path printed) throws IOException {
        SourceDocument document;
        String sha256;
        try {
            document = new AutoDetectLoader().load(printed, LoadOptions.DEFAULT);
            sha256 = AutoDetectLoader.sha256(file);
        } catch (IngestException e) {
            throw new IOException(file + ": cannot read back what was written: " + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        for (Plant plant : generated.plants()) {
            findings.add(new Finding(plant.rule(), Finding.Severity.ERROR, plant.message(), plant.expected(),
                    plant.found(), pageOf(document, plant.project(), plant.locator(), file), List.of(), plant.project()));
        }
        // a scan's every page is read by OCR: the evaluation reports such samples apart
        List<Integer> ocrPages = file.equals(printed) ? List.of()
                : java.util.stream.IntStream.rangeClosed(1, document.pageCount()).boxed().toList();
        Source source = new Source(file.getFileName().toString(), sha256, document.pageCount(), ocrPages);
        DocumentRecord truth = new DocumentRecord(source, generated.type(), generated.region(), generated.year(),
                generated.projects(), findings);
        String name = file.getFileName().toString();
        Path truthFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
        Files.writeString(truthFile, RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(truth) + "\n");
        return file;
    }

    /**
     * The first page that prints the text (whitespace and width differences aside), from the page where
     * the project's name is first printed: in a document of several forms, each form's own.
     */
    static int pageOf(SourceDocument document, String project, String locator, Path file) throws IOException {
        int from = firstPage(document, comparable(project));
        String wanted = comparable(locator);
        for (Page page : document.pages().subList(Math.max(0, from - 1), document.pages().size())) {
            StringBuilder text = new StringBuilder();
            for (TextElement element : page.text()) {
                String cell = comparable(element.text());
                if (cell.contains(wanted)) {
                    return page.number();
                }
                text.append(cell);
            }
            if (text.toString().contains(wanted)) {
                return page.number();
            }
        }
        throw new IOException(file + ": the planted figure “" + locator + "” is printed on no page");
    }

    private static int firstPage(SourceDocument document, String wanted) {
        for (Page page : document.pages()) {
            StringBuilder text = new StringBuilder();
            page.text().forEach(element -> text.append(comparable(element.text())));
            if (text.toString().contains(wanted)) {
                return page.number();
            }
        }
        return 1;
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * LibreOffice's headless export, as the bureaus' own spreadsheets reach PDF: all files of a run in
     * one call, with a private profile so that no other LibreOffice session is disturbed.
     */
    static final class LibreOffice {
        static boolean available() {
            return Files.isExecutable(Path.of("/usr/bin/soffice"));
        }

        /** Exports each Office file to the PDF paired with it. */
        static void toPdf(Map<Path, Path> officeToPdf) throws IOException {
            if (officeToPdf.isEmpty()) {
                return;
            }
            Path work = Files.createTempDirectory("jixiao-lo");
            try {
                List<String> command = new ArrayList<>(List.of("soffice",
                        "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                        "--outdir", work.toString()));
                officeToPdf.keySet().forEach(office -> command.add(office.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor() != 0) {
                    throw new IOException("soffice failed on " + officeToPdf.keySet());
                }
                for (Map.Entry<Path, Path> pair : officeToPdf.entrySet()) {
                    String name = pair.getKey().getFileName().toString().replaceFirst("\\.[a-z]+$", ".pdf");
                    Files.move(work.resolve(name), pair.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted converting " + officeToPdf.keySet(), e);
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** {@code VariationCorpus [SEED] [COUNT] [OUT]}: writes the set (LibreOffice exports where installed). */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 8;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 330;
        Path out = Path.of(args.length > 2 ? args[2] : "target/variations");
        List<Path> files = new VariationCorpus(seed).write(count, out, LibreOffice.available());
        System.out.println("wrote " + files.size() + " documents with their truth to " + out);
    }
}
