package org.jixiao.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;

/**
 * Whether a file is the document a truth was written for. The truth names the file's bytes
 * ({@code source.sha256}) and, for an Office package (xlsx, docx: a zip), may name its content too
 * ({@code source.content_sha256}): the digest of every part's name and uncompressed bytes in name
 * order. A package copied or re-zipped carries new entry dates and compression, so new bytes, though
 * not one cell has changed; its content digest stays.
 */
public final class DocumentIdentity {

    private DocumentIdentity() {
    }

    /** The SHA-256 of the file's bytes, in lower-case hex: the identity ingest gives a document. */
    public static String sha256(Path file) throws IOException {
        try {
            return AutoDetectLoader.sha256(file);
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The SHA-256 of a zip package's parts (name, NUL, bytes, in name order), or null if the file is no zip. */
    public static String contentSha256(Path file) throws IOException {
        if (!isZip(file)) {
            return null;
        }
        MessageDigest digest = newDigest();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> parts = new TreeMap<>();
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> parts.put(entry.getName(), entry));
            byte[] buffer = new byte[1 << 16];
            for (Map.Entry<String, ZipEntry> part : parts.entrySet()) {
                digest.update(part.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = zip.getInputStream(part.getValue())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Why {@code document} is not the one the truth was written for, else null: neither its bytes
     * nor (where the truth names it) its package content have the digest the truth names.
     */
    public static String mismatch(String expectedSha256, String expectedContentSha256, Path document) throws IOException {
        if (expectedSha256.isEmpty() && expectedContentSha256.isEmpty()) {
            return null;
        }
        String found = sha256(document);
        if (found.equalsIgnoreCase(expectedSha256)) {
            return null;
        }
        if (!expectedContentSha256.isEmpty()) {
            String content = contentSha256(document);
            if (expectedContentSha256.equalsIgnoreCase(content)) {
                return null;
            }
            return document + " is not the document it was written for (content sha256 " + content
                    + ", expected " + expectedContentSha256 + ")";
        }
        return document + " is not the document it was written for (sha256 " + found + ", expected " + expectedSha256 + ")";
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
