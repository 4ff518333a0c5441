package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoDetectLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aPdfIsKnownByItsFirstBytesWhateverItsName() throws Exception {
        Path misnamed = PdfSamples.text(dir.resolve("report.xlsx"), 1);
        assertTrue(AutoDetectLoader.startsAsPdf(misnamed));
        SourceDocument document = new AutoDetectLoader().load(misnamed, LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER));
        assertEquals("application/pdf", document.mediaType());
        assertEquals(1, document.pages().size());
    }

    @Test
    void theSignatureMayFollowAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.pdf");
        byte[] pdf = Files.readAllBytes(PdfSamples.text(dir.resolve("plain.pdf"), 1));
        byte[] withMark = new byte[pdf.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(pdf, 0, withMark, 3, pdf.length);
        Files.write(file, withMark);
        assertTrue(AutoDetectLoader.startsAsPdf(file));
    }

    @Test
    void otherFilesAreLeftToTika() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "%PD is not a signature", StandardCharsets.US_ASCII);
        assertFalse(AutoDetectLoader.startsAsPdf(text));
        Path shortFile = Files.writeString(dir.resolve("short.pdf"), "%PD", StandardCharsets.US_ASCII);
        assertFalse(AutoDetectLoader.startsAsPdf(shortFile));
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
                () -> new AutoDetectLoader().load(text, LoadOptions.DEFAULT));
        assertEquals(IngestException.Reason.UNSUPPORTED_TYPE, e.reason());
    }
}
