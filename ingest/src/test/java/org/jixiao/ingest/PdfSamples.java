package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made with PDFBox for the tests: a small good one and the hostile kinds. */
public final class PdfSamples {

    private PdfSamples() {
    }

    /** A born-digital PDF with a line of text and a ruled box on each page. */
    public static Path text(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 760);
                    content.showText("Project performance targets 2022, page " + i);
                    content.endText();
                    content.addRect(72, 600, 300, 100);
                    content.stroke();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** {@link #text(Path, int)} encrypted so that it opens only with {@code password}. */
    public static Path encrypted(Path file, String password) throws IOException {
        text(file, 1);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** Blank pages of the given size in points. */
    public static Path blank(Path file, int pages, float width, float height) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(new PDRectangle(width, height)));
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A page that draws an image declared as {@code side × side} pixels, whose data is a few bytes:
     * decoding it would need gigabytes.
     */
    public static Path absurdImage(Path file, int side) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDStream data = new PDStream(document);
            try (var out = data.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[16]);
            }
            PDImageXObject image = new PDImageXObject(data, null);
            image.setWidth(side);
            image.setHeight(side);
            image.setBitsPerComponent(8);
            image.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 72, 400, 400);
            }
            document.save(file.toFile());
        }
        return file;
    }
}
