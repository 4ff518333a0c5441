package org.jixiao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.index.RecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;

/**
 * The original file of a stored document. A request names a document by its SHA-256 only; the path is
 * the one the store recorded at ingest, and the file is served only while its content still has that
 * hash, so no request can reach any other file.
 */
final class Originals {

    /** A file found to have the hash, with what it looked like then: a change on disk makes it checked again. */
    private record Verified(Path file, long size, long modified) {
    }

    private final RecordStore store;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    Originals(RecordStore store) {
        this.store = store;
    }

    /** The document's original file, while it is where it was ingested from and unchanged. */
    Optional<Path> file(String sha256) throws IOException {
        Verified known = verified.get(sha256);
        if (known != null && unchanged(known)) {
            return Optional.of(known.file());
        }
        Optional<Path> stored = store.sourceFile(sha256);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Path file = stored.get();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!AutoDetectLoader.sha256(file).equals(sha256)) {
                return Optional.empty();
            }
        } catch (IngestException e) {
            return Optional.empty();
        }
        verified.put(sha256, new Verified(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
        return Optional.of(file);
    }

    private static boolean unchanged(Verified known) {
        try {
            return Files.size(known.file()) == known.size()
                    && Files.getLastModifiedTime(known.file()).toMillis() == known.modified();
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isPdf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }
}
