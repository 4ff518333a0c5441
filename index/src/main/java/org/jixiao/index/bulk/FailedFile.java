package org.jixiao.index.bulk;

import java.nio.file.Path;

/** A line of the quarantine report: a file that could not be read, and why in one line. */
public record FailedFile(Path file, String reason) {
}
