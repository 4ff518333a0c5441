package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on each sample's true record and its real layout (tables and running text): the
 * findings are the truth's, by rule and page. This holds the rules to the truth whatever record
 * extraction makes of a sample; {@code CorpusFindingsTest} runs the whole pipeline.
 */
class TruthRecordFindingsTest {

    private static final LoadOptions TEXT_LAYER_ONLY = LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER);

    static Stream<Path> truthFiles() {
        return Corpus.truthFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void findingsOfTheTrueRecordAreTheTruths(Path truthFile) throws Exception {
        DocumentRecord truth = Corpus.truth(truthFile);
        SourceDocument document = new AutoDetectLoader().load(Corpus.documentOf(truthFile), TEXT_LAYER_ONLY);
        Extraction extraction = new Extraction(truth.withFindings(List.of()), new LayoutAnalyzer().analyze(document.pages()));

        List<Finding> findings = RuleEngine.standard().check(extraction);

        assertEquals(Corpus.rulesAndPages(truth.findings()), Corpus.rulesAndPages(findings), () -> findings.toString());
    }
}
