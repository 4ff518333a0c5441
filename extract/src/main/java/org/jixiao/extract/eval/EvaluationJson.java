package org.jixiao.extract.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Predicate;
import org.jixiao.extract.model.RecordJson;

/**
 * The evaluation as one JSON object for machines: {@code documents} (scores, metadata checks,
 * mismatches), {@code overall} (per subset: born_digital, scanned, all) and {@code failures}.
 */
public final class EvaluationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvaluationJson() {
    }

    public static String render(CorpusEvaluation evaluation) {
        ObjectNode root = NODES.objectNode();
        root.put("directory", evaluation.directory());
        evaluation.documents().forEach(document -> root.withArray("documents").add(document(document)));
        ObjectNode overall = root.putObject("overall");
        overall.set("born_digital", overall(evaluation, d -> !d.scanned()));
        overall.set("scanned", overall(evaluation, DocumentEvaluation::scanned));
        overall.set("all", overall(evaluation, d -> true));
        root.putArray("failures");
        evaluation.failures().forEach(failure -> root.withArray("failures").addObject()
                .put("file", failure.file()).put("message", failure.message()));
        root.putArray("skipped");
        evaluation.skipped().forEach(skip -> root.withArray("skipped").addObject()
                .put("file", skip.file()).put("message", skip.message()));
        return RecordJson.toLine(root);
    }

    private static ObjectNode document(DocumentEvaluation document) {
        ObjectNode node = NODES.objectNode();
        node.put("document", document.document());
        node.put("scanned", document.scanned());
        ObjectNode scores = node.putObject("scores");
        document.scores().forEach((field, score) -> scores.set(field.code(), score(score)));
        ObjectNode metadata = node.putObject("metadata");
        document.metadata().forEach((field, check) -> metadata.putObject(field.code())
                .put("expected", check.expected()).put("found", check.found()).put("exact", check.exact()));
        node.putArray("mismatches");
        document.mismatches().forEach(mismatch -> node.withArray("mismatches").addObject()
                .put("field", mismatch.field().code())
                .put("kind", mismatch.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("project", mismatch.project())
                .put("item", mismatch.item()));
        return node;
    }

    private static ObjectNode overall(CorpusEvaluation evaluation, Predicate<DocumentEvaluation> filter) {
        ObjectNode node = NODES.objectNode();
        node.put("documents", evaluation.documents().stream().filter(filter).count());
        ObjectNode scores = node.putObject("scores");
        for (Map.Entry<ScoredField, FieldScore> entry : evaluation.overall(filter).entrySet()) {
            scores.set(entry.getKey().code(), score(entry.getValue()));
        }
        ObjectNode exact = node.putObject("exact");
        for (MetadataField field : MetadataField.values()) {
            exact.put(field.code(), evaluation.exactCount(field, filter));
        }
        return node;
    }

    private static ObjectNode score(FieldScore score) {
        return NODES.objectNode()
                .put("tp", score.truePositives()).put("fp", score.falsePositives()).put("fn", score.falseNegatives())
                .put("precision", score.precision()).put("recall", score.recall()).put("f1", score.f1());
    }
}
