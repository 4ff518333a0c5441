package org.jixiao.cli.bench;

import java.nio.file.Path;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.Pipelines;
import org.jixiao.ingest.LoadOptions;

/** jixiao's whole pipeline: load, rebuild tables, extract the records, check them. No OCR: born-digital pages. */
public final class JixiaoWorkload implements BenchWorkload {

    private final Pipeline pipeline = Pipelines.standard();
    private final LoadOptions options = LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER);

    @Override
    public String name() {
        return "jixiao (load, tables, records, checks)";
    }

    @Override
    public Counts process(Path file) throws Exception {
        Extraction extraction = pipeline.run(file, options);
        return new Counts(extraction.record().source().pages(), extraction.layout().tables().size());
    }
}
