package org.jixiao.extract.variation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.eval.CorpusEvaluation;
import org.jixiao.extract.eval.CorpusEvaluator;
import org.jixiao.extract.eval.DocumentEvaluation;
import org.jixiao.extract.eval.EvaluationReport;
import org.jixiao.extract.eval.FieldScore;
import org.jixiao.extract.eval.MetadataField;
import org.jixiao.extract.eval.RecordScorer;
import org.jixiao.extract.eval.ScoredField;
import org.jixiao.ingest.LoadOptions;

/**
 * Scores a generated set with the standard pipeline and prints it by family and file format: F1 per
 * field, the share of documents whose metadata is exact, and how many consistent documents drew no
 * finding at all. File names start with the family id ({@code f03-twoperiod-0123.pdf}).
 */
public final class VariationReport {

    private static final List<ScoredField> FIELDS = List.of(ScoredField.INDICATORS, ScoredField.INDICATOR_SCORES,
            ScoredField.FUNDING, ScoredField.FUNDING_KINDS, ScoredField.RATES, ScoredField.FINDINGS);

    private VariationReport() {
    }

    /** The family id of a generated file: its name up to the document number. */
    static String family(String document) {
        return document.replaceFirst("-\\d{4}(-xlsx|-docx)?(\\.scan)?\\.[a-z]+$", "");
    }

    /** pdf, xlsx, docx — or scan for a printed and scanned PDF ({@code ….scan.pdf}). */
    static String format(String document) {
        return document.endsWith(".scan.pdf") ? "scan" : document.substring(document.lastIndexOf('.') + 1);
    }

    static String table(CorpusEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-22s %5s %4s", "family", "fmt", "docs"));
        for (ScoredField field : FIELDS) {
            out.append(String.format(" %7s", shortName(field)));
        }
        out.append("   names  depts   year   city  clean\n");
        TreeSet<String> groups = new TreeSet<>();
        for (DocumentEvaluation d : evaluation.documents()) {
            groups.add(family(d.document()) + " " + format(d.document()));
        }
        List<String> rows = new ArrayList<>(groups);
        for (String group : rows) {
            String[] parts = group.split(" ");
            row(out, evaluation, parts[0], parts[1],
                    d -> family(d.document()).equals(parts[0]) && format(d.document()).equals(parts[1]));
        }
        for (String fmt : List.of("pdf", "scan", "xlsx", "docx")) {
            row(out, evaluation, "all", fmt, d -> format(d.document()).equals(fmt));
        }
        row(out, evaluation, "all", "*", d -> true);
        return out.toString();
    }

    private static String shortName(ScoredField field) {
        return switch (field) {
            case INDICATORS -> "indic";
            case INDICATOR_SCORES -> "+score";
            case FUNDING -> "fund";
            case FUNDING_KINDS -> "+kind";
            case RATES -> "rates";
            case FINDINGS -> "find";
        };
    }

    private static void row(StringBuilder out, CorpusEvaluation evaluation, String family, String fmt,
                            Predicate<DocumentEvaluation> filter) {
        List<DocumentEvaluation> docs = evaluation.documents().stream().filter(filter).toList();
        if (docs.isEmpty()) {
            return;
        }
        Map<ScoredField, FieldScore> overall = evaluation.overall(filter);
        out.append(String.format("%-22s %5s %4d", family, fmt, docs.size()));
        for (ScoredField field : FIELDS) {
            FieldScore score = overall.get(field);
            out.append(score.support() == 0 && score.falsePositives() == 0 ? "       –" : String.format(" %7.3f", score.f1()));
        }
        for (MetadataField field : List.of(MetadataField.PROJECT_NAMES, MetadataField.DEPARTMENTS,
                MetadataField.FISCAL_YEAR, MetadataField.CITY)) {
            out.append(String.format(" %5.0f%%", 100.0 * evaluation.exactCount(field, filter) / docs.size()));
        }
        List<DocumentEvaluation> consistent = docs.stream()
                .filter(d -> d.score(ScoredField.FINDINGS).support() == 0).toList();
        long clean = consistent.stream().filter(d -> d.score(ScoredField.FINDINGS).falsePositives() == 0).count();
        out.append(String.format(" %3d/%-3d", clean, consistent.size())).append('\n');
    }

    /**
     * {@code VariationReport DIR [--verbose]}: scores the set in DIR and prints what {@code jixiao eval}
     * prints (with every missing and spurious key where verbose), then the table by family.
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "corpus-samples/variations");
        boolean verbose = List.of(args).contains("--verbose");
        CorpusEvaluation evaluation = new CorpusEvaluator(Pipelines.standard(), LoadOptions.DEFAULT, new RecordScorer())
                .evaluate(directory);
        System.out.println(EvaluationReport.table(evaluation, verbose));
        System.out.println("by family (F1; exact metadata; consistent documents without any finding):");
        System.out.print(table(evaluation));
    }
}
