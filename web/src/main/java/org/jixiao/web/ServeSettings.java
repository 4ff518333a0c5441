package org.jixiao.web;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param dataDir     the index directory (as {@code ingest --data}); the server's own files go to {@code web/} in it
 * @param bind        the address to listen on; 127.0.0.1 keeps the archive on this machine
 * @param port        0 picks a free port (tests)
 * @param allowImport whether imports and review marks may change anything; they then need the start-up token
 */
public record ServeSettings(Path dataDir, String bind, int port, boolean allowImport) {

    /** Limits on one upload. */
    public static final int MAX_UPLOAD_FILES = 200;
    public static final long MAX_UPLOAD_BYTES = 512L << 20;

    public Path webDir() {
        return dataDir.resolve("web");
    }
}
