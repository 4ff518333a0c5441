package org.jixiao.index.bulk;

import java.nio.file.Path;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.ingest.IngestException;

/** Reads one file into its record; the extract pipeline in production. Must be safe to call from many threads. */
@FunctionalInterface
public interface RecordReader {

    DocumentRecord read(Path file) throws IngestException;
}
