package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIdentityTest {

    @TempDir
    Path dir;

    private static final Map<String, String> PARTS = new LinkedHashMap<>(Map.of(
            "[Content_Types].xml", "<Types/>",
            "xl/workbook.xml", "<workbook/>",
            "xl/worksheets/sheet1.xml", "<sheetData><c><v>3000</v></c></sheetData>"));

    @Test
    void aRezippedPackageIsTheSameDocumentByItsContent() throws IOException {
        Path original = zip("original.xlsx", PARTS, 2022, false, ZipOutputStream.DEFLATED);
        Map<String, String> reordered = new LinkedHashMap<>();
        PARTS.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(name -> reordered.put(name, PARTS.get(name)));
        Path rezipped = zip("rezipped.xlsx", reordered, 2026, true, ZipOutputStream.STORED);

        String bytes = DocumentIdentity.sha256(original);
        assertNotEquals(bytes, DocumentIdentity.sha256(rezipped), "new dates, order and compression are new bytes");
        String content = DocumentIdentity.contentSha256(original);
        assertEquals(content, DocumentIdentity.contentSha256(rezipped));

        assertNull(DocumentIdentity.mismatch(bytes, content, original));
        assertNull(DocumentIdentity.mismatch(bytes, content, rezipped));
        String bytesOnly = DocumentIdentity.mismatch(bytes, "", rezipped);
        assertTrue(bytesOnly != null && bytesOnly.contains("rezipped.xlsx") && bytesOnly.contains("sha256"), bytesOnly);
    }

    @Test
    void aChangedCellIsAnotherDocument() throws IOException {
        Path original = zip("original.xlsx", PARTS, 2022, false, ZipOutputStream.DEFLATED);
        Map<String, String> edited = new LinkedHashMap<>(PARTS);
        edited.put("xl/worksheets/sheet1.xml", "<sheetData><c><v>0.3</v></c></sheetData>");
        Path changed = zip("changed.xlsx", edited, 2022, false, ZipOutputStream.DEFLATED);

        String mismatch = DocumentIdentity.mismatch(DocumentIdentity.sha256(original), DocumentIdentity.contentSha256(original), changed);
        assertTrue(mismatch != null && mismatch.contains("changed.xlsx") && mismatch.contains("content sha256"), mismatch);
    }

    @Test
    void aFileThatIsNoPackageHasOnlyItsBytes() throws IOException {
        Path pdf = Files.writeString(dir.resolve("form.pdf"), "%PDF-1.7\n", StandardCharsets.US_ASCII);
        assertNull(DocumentIdentity.contentSha256(pdf));
        assertNull(DocumentIdentity.mismatch(DocumentIdentity.sha256(pdf), "", pdf));
        assertNull(DocumentIdentity.mismatch("", "", pdf), "a truth that names no digest accepts the document");
        assertTrue(DocumentIdentity.mismatch("00", "", pdf).contains("form.pdf"));
    }

    private Path zip(String name, Map<String, String> parts, int year, boolean withDirectory, int method) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(method);
            if (withDirectory) {
                zip.putNextEntry(stored(new ZipEntry("xl/"), new byte[0], year));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] bytes = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                zip.putNextEntry(method == ZipOutputStream.STORED ? stored(entry, bytes, year) : dated(entry, year));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static ZipEntry dated(ZipEntry entry, int year) {
        entry.setLastModifiedTime(FileTime.from(java.time.Instant.parse(year + "-12-03T11:19:28Z")));
        return entry;
    }

    private static ZipEntry stored(ZipEntry entry, byte[] bytes, int year) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        return dated(entry, year);
    }
}
