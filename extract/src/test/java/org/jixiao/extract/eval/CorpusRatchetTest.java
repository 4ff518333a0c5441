package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;

/**
 * A per-sample ratchet in the manner of tabula-java's TestTableDetection: {@code corpus-ratchet.json}
 * holds each sample's F1 floor per field (rounded down to 3 decimals) and the metadata it gets exactly
 * right. A score below its floor is a regression; a score a step above it, or newly exact metadata,
 * fails too, so that the floors follow every improvement. On failure the scores as they are now are
 * written to {@code target/corpus-ratchet.json}, ready to replace the committed file.
 */
class CorpusRatchetTest {

    private static final String RATCHET = "corpus-ratchet.json";
    private static final double STEP = 0.001;

    @Test
    void everySampleHoldsItsFloorsAndRaisesThemWhenItImproves() throws IOException {
        CorpusEvaluation evaluation = CorpusRun.evaluation();
        JsonNode floors = committedFloors();
        List<String> regressions = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocumentEvaluation document : evaluation.documents()) {
            seen.add(document.document());
            JsonNode floor = floors.get(document.document());
            if (floor == null) {
                improvements.add(document.document() + ": a new sample, not in " + RATCHET);
                continue;
            }
            for (ScoredField field : ScoredField.values()) {
                double expected = floor.path("f1").path(field.code()).asDouble(0);
                double actual = document.score(field).f1();
                String line = document.document() + " " + field.code() + " F1 " + EvaluationReport.ratio(actual)
                        + ", floor " + EvaluationReport.ratio(expected);
                if (actual < expected - 1e-9) {
                    regressions.add(line);
                } else if (actual >= expected + STEP) {
                    improvements.add(line);
                }
            }
            Set<String> exactBefore = new HashSet<>();
            floor.path("exact").forEach(name -> exactBefore.add(name.asText()));
            for (MetadataField field : MetadataField.values()) {
                boolean wasExact = exactBefore.contains(field.code());
                if (wasExact && !document.exact(field)) {
                    regressions.add(document.document() + " " + field.code() + " is no longer exact");
                } else if (!wasExact && document.exact(field)) {
                    improvements.add(document.document() + " " + field.code() + " is now exact");
                }
            }
        }
        for (Iterator<String> names = floors.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!seen.contains(name)) {
                regressions.add(name + ": in " + RATCHET + " but not scored (missing or failed to load)");
            }
        }
        if (!regressions.isEmpty() || !improvements.isEmpty()) {
            Path written = writeCurrentScores(evaluation);
            fail((regressions.isEmpty() ? "" : "regressions:\n  " + String.join("\n  ", regressions) + "\n")
                    + (improvements.isEmpty() ? "" : "improvements, so raise the floors:\n  " + String.join("\n  ", improvements) + "\n")
                    + "the scores as they are now are in " + written + "; if they are right, copy it over "
                    + "src/test/resources/org/jixiao/extract/eval/" + RATCHET);
        }
    }

    private static JsonNode committedFloors() throws IOException {
        try (InputStream in = CorpusRatchetTest.class.getResourceAsStream(RATCHET)) {
            assertNotNull(in, "missing test resource " + RATCHET);
            return RecordJson.mapper().readTree(in);
        }
    }

    private static Path writeCurrentScores(CorpusEvaluation evaluation) throws IOException {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        for (DocumentEvaluation document : evaluation.documents()) {
            ObjectNode entry = root.putObject(document.document());
            ObjectNode f1 = entry.putObject("f1");
            for (ScoredField field : ScoredField.values()) {
                f1.put(field.code(), BigDecimal.valueOf(document.score(field).f1()).setScale(3, RoundingMode.FLOOR));
            }
            for (MetadataField field : MetadataField.values()) {
                if (document.exact(field)) {
                    entry.withArray("exact").add(field.code());
                }
            }
        }
        Path target = Path.of(System.getProperty("basedir", "."), "target", RATCHET);
        Files.createDirectories(target.getParent());
        Files.writeString(target, RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        return target;
    }
}
