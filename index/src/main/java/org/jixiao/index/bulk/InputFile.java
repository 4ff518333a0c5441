package org.jixiao.index.bulk;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jixiao.index.Provenance;

/**
 * A file to ingest and the path it is known by.
 *
 * @param relativePath relative to the folder that was given, {@code /} between names; the file's name when
 *                     the file itself was given
 */
public record InputFile(Path file, String relativePath) {

    /** A file given by itself. */
    public static InputFile named(Path file) {
        return new InputFile(file, file.getFileName().toString());
    }

    /** A file found under a folder that was given. */
    public static InputFile under(Path folder, Path file) {
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return new InputFile(file, StreamSupport.stream(relative.spliterator(), false).map(Path::toString)
                .collect(Collectors.joining("/")));
    }

    /** @param withoutOcr whether the file is read with OCR turned off */
    public Provenance provenance(boolean withoutOcr) {
        return new Provenance(relativePath, file.toAbsolutePath().normalize().toString(), withoutOcr);
    }
}
