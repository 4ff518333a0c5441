package org.jixiao.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.check.ConsistencyChecker;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.DocumentLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;

/**
 * One file through every stage: load, extract, check. Stateless apart from its stages, so one
 * instance serves many threads.
 */
public final class Pipeline {

    private final DocumentLoader loader;
    private final RecordExtractor extractor;
    private final ConsistencyChecker checker;

    public Pipeline(DocumentLoader loader, RecordExtractor extractor, ConsistencyChecker checker) {
        this.loader = loader;
        this.extractor = extractor;
        this.checker = checker;
    }

    /** The same stages checked by another checker (a province's thresholds, say). */
    public Pipeline withChecker(ConsistencyChecker other) {
        return new Pipeline(loader, extractor, other);
    }

    public Extraction run(Path file, LoadOptions options) throws IngestException {
        SourceDocument document = loader.load(file, options);
        return process(document);
    }

    /** The extractor's own warnings (a header it could not read) come first, then the checks' findings. */
    public Extraction process(SourceDocument document) {
        Extraction extraction = extractor.extract(document);
        List<Finding> findings = new ArrayList<>(extraction.record().findings());
        findings.addAll(checker.check(extraction));
        return new Extraction(extraction.record().withFindings(findings), extraction.layout());
    }
}
