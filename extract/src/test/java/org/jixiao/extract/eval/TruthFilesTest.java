package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The truth files read into the record model, and a truth scored against itself is perfect. */
class TruthFilesTest {

    @TestFactory
    Stream<DynamicTest> everyTruthReadsBackAndScoresPerfectlyAgainstItself() throws Exception {
        List<CorpusEvaluator.Sample> samples = CorpusEvaluator.samples(Corpus.directory());
        assertFalse(samples.isEmpty(), "no samples in " + Corpus.directory());
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.truth().getFileName().toString(), () -> {
            DocumentRecord truth = CorpusEvaluator.readTruth(sample.truth());
            assertSameJson(sample.truth(), truth);
            DocumentEvaluation evaluation = new RecordScorer().score(sample.document().toString(), truth, truth);
            for (ScoredField field : ScoredField.values()) {
                assertEquals(1.0, evaluation.score(field).f1(), field.code());
            }
            assertTrue(evaluation.allExact(java.util.EnumSet.allOf(MetadataField.class)));
            assertEquals(List.of(), evaluation.mismatches());
        }));
    }

    /** The hand-written truths of real forms read back too, whether or not their documents are here. */
    @TestFactory
    Stream<DynamicTest> everyRealworldTruthReadsBackAndScoresPerfectlyAgainstItself() throws Exception {
        List<Path> truths;
        try (Stream<Path> files = java.nio.file.Files.list(Corpus.directory().resolve("realworld-truth"))) {
            truths = files.filter(f -> f.getFileName().toString().endsWith(CorpusEvaluator.TRUTH_SUFFIX)).sorted().toList();
        }
        assertFalse(truths.isEmpty());
        return truths.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DocumentRecord truth = CorpusEvaluator.readTruth(file);
            assertSameJson(file, truth);
            DocumentEvaluation evaluation = new RecordScorer().score(file.toString(), truth, truth);
            for (ScoredField field : ScoredField.values()) {
                assertEquals(1.0, evaluation.score(field).f1(), field.code());
            }
        }));
    }

    /** The model prints what it read: no field of the contract is lost or renamed on the way. */
    private static void assertSameJson(Path truthFile, DocumentRecord truth) throws Exception {
        JsonNode read = RecordJson.mapper().readTree(truthFile.toFile());
        JsonNode written = RecordJson.mapper().readTree(RecordJson.toLine(truth));
        assertEquals(read, written, truthFile + " does not survive a round trip through the record model");
    }
}
