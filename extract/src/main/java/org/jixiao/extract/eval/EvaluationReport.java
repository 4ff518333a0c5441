package org.jixiao.extract.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The evaluation as a table for people: one line of F1 and exact flags per document, then the
 * micro-averaged precision, recall and F1 of each field, for born-digital and scanned samples apart
 * (they are held to different thresholds) and for all of them.
 */
public final class EvaluationReport {

    private static final String[] SCORE_HEADERS = {"indic", "+score", "fund", "+kind", "rates", "find"};
    private static final String[] EXACT_HEADERS = {"type", "prov", "city", "year", "names", "depts"};
    private static final int SCORE_COLUMN = 7;
    private static final int EXACT_COLUMN = 6;

    private EvaluationReport() {
    }

    /** The table, and with {@code diff} every missing and spurious key of every document after it. */
    public static String table(CorpusEvaluation evaluation, boolean diff) {
        StringBuilder out = new StringBuilder();
        List<DocumentEvaluation> documents = evaluation.documents();
        long scanned = documents.stream().filter(DocumentEvaluation::scanned).count();
        out.append("jixiao eval ").append(evaluation.directory()).append(": ").append(documents.size())
                .append(documents.size() == 1 ? " sample (" : " samples (").append(documents.size() - scanned).append(" born-digital, ")
                .append(scanned).append(" scanned)");
        if (evaluation.hasFailures()) {
            out.append(", ").append(evaluation.failures().size()).append(" failed");
        }
        if (!evaluation.skipped().isEmpty()) {
            out.append(", ").append(evaluation.skipped().size()).append(" skipped");
        }
        out.append("\n\n");
        documentLines(documents, out);
        overall(evaluation, "born-digital", d -> !d.scanned(), out);
        overall(evaluation, "scanned", DocumentEvaluation::scanned, out);
        overall(evaluation, "all", d -> true, out);
        if (evaluation.hasFailures()) {
            out.append("\nfailed\n");
            evaluation.failures().forEach(f -> out.append("  ").append(f.message()).append('\n'));
        }
        if (!evaluation.skipped().isEmpty()) {
            out.append("\nskipped\n");
            evaluation.skipped().forEach(f -> out.append("  ").append(f.message()).append('\n'));
        }
        if (diff) {
            out.append("\nmismatches (- in the truth, not extracted; + extracted, not in the truth)\n");
            documents.forEach(document -> out.append('\n').append(MismatchDiff.render(document)));
        }
        return out.toString();
    }

    private static void documentLines(List<DocumentEvaluation> documents, StringBuilder out) {
        int nameWidth = documents.stream().mapToInt(d -> TerminalText.width(label(d))).max().orElse(0);
        nameWidth = Math.max(nameWidth, "document".length()) + 2;
        out.append(TerminalText.padRight("", nameWidth))
                .append(TerminalText.padRight("F1", SCORE_COLUMN * SCORE_HEADERS.length)).append("   exact\n");
        out.append(TerminalText.padRight("document", nameWidth));
        for (String header : SCORE_HEADERS) {
            out.append(TerminalText.padLeft(header, SCORE_COLUMN));
        }
        out.append("  ");
        for (String header : EXACT_HEADERS) {
            out.append(TerminalText.padLeft(header, EXACT_COLUMN));
        }
        out.append('\n');
        for (DocumentEvaluation document : documents) {
            out.append(TerminalText.padRight(label(document), nameWidth));
            for (ScoredField field : ScoredField.values()) {
                out.append(TerminalText.padLeft(ratio(document.score(field).f1()), SCORE_COLUMN));
            }
            out.append("  ");
            for (MetadataField field : MetadataField.values()) {
                out.append(TerminalText.padLeft(document.exact(field) ? "✓" : "✗", EXACT_COLUMN));
            }
            out.append('\n');
        }
    }

    private static void overall(CorpusEvaluation evaluation, String title, Predicate<DocumentEvaluation> filter,
                                StringBuilder out) {
        long count = evaluation.documents().stream().filter(filter).count();
        if (count == 0) {
            return;
        }
        out.append("\noverall, ").append(title).append(" (").append(count).append(count == 1 ? " document)\n" : " documents)\n");
        out.append(String.format(Locale.ROOT, "  %-18s %7s %7s %7s %10s %7s %7s%n",
                "field", "tp", "fp", "fn", "precision", "recall", "F1"));
        for (Map.Entry<ScoredField, FieldScore> entry : evaluation.overall(filter).entrySet()) {
            FieldScore score = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-18s %7d %7d %7d %10s %7s %7s%n", entry.getKey().code(),
                    score.truePositives(), score.falsePositives(), score.falseNegatives(),
                    ratio(score.precision()), ratio(score.recall()), ratio(score.f1())));
        }
        out.append("  exact:");
        for (MetadataField field : MetadataField.values()) {
            out.append(' ').append(field.code()).append(' ').append(evaluation.exactCount(field, filter))
                    .append('/').append(count);
        }
        out.append('\n');
    }

    static String label(DocumentEvaluation document) {
        return document.scanned() ? document.document() + " (scan)" : document.document();
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
