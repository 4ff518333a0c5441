package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.ingest.LoadOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard pipeline on every sample: its findings are the truth file's, by rule and page, and
 * none on the clean documents (the planted-error samples included).
 */
class CorpusFindingsTest {

    static Stream<Path> truthFiles() {
        return Corpus.truthFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void pipelineFindingsAreTheTruths(Path truthFile) throws Exception {
        DocumentRecord truth = Corpus.truth(truthFile);

        Extraction extraction = Pipelines.standard().run(Corpus.documentOf(truthFile), LoadOptions.DEFAULT);

        assertEquals(Corpus.rulesAndPages(truth.findings()), Corpus.rulesAndPages(extraction.record().findings()),
                () -> extraction.record().findings().toString());
    }
}
