package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.ingest.SourceDocument;

/** The default {@link RecordExtractor} for performance documents. */
public final class PerformanceExtractor implements RecordExtractor {

    @Override
    public Extraction extract(SourceDocument document) {
        Source source = new Source(document.path().getFileName().toString(), document.sha256(),
                document.pageCount(), document.ocrPages());
        DocumentRecord record = new DocumentRecord(source, DocType.UNKNOWN, Region.UNKNOWN, null,
                new ArrayList<>(), List.of());
        return new Extraction(record, new DocumentLayout(List.of()));
    }
}
