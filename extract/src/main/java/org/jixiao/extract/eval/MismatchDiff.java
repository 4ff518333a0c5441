package org.jixiao.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's mismatches for a person debugging the extractor: the metadata that differ, then per
 * project and field each key in the truth only ({@code -}) or in the extraction only ({@code +}).
 * A spurious key is printed right under the missing key it most likely stands for (same indicator
 * name, same amount, same rate kind), so near misses read as a pair.
 */
final class MismatchDiff {

    private static final String DOCUMENT_LEVEL = "document";

    private MismatchDiff() {
    }

    static String render(DocumentEvaluation document) {
        StringBuilder out = new StringBuilder();
        out.append("── ").append(EvaluationReport.label(document)).append(' ')
                .append("─".repeat(Math.max(3, 72 - TerminalText.width(EvaluationReport.label(document))))).append('\n');
        document.metadata().forEach((field, check) -> {
            if (!check.exact()) {
                out.append("  ").append(TerminalText.padRight(field.code(), 15)).append("expected ")
                        .append(shown(check.expected())).append("  found ").append(shown(check.found())).append('\n');
            }
        });
        Map<String, List<Mismatch>> byProject = byProject(informative(document.mismatches()));
        byProject.forEach((project, mismatches) -> {
            out.append("  ").append(projectHeading(document, mismatches.get(0))).append('\n');
            for (ScoredField field : ScoredField.values()) {
                List<Mismatch> ofField = mismatches.stream().filter(m -> m.field() == field).toList();
                if (!ofField.isEmpty()) {
                    render(field, ofField, out);
                }
            }
        });
        if (byProject.isEmpty() && document.metadata().values().stream().allMatch(MetadataCheck::exact)) {
            out.append("  everything matches\n");
        }
        return out.toString();
    }

    private static void render(ScoredField field, List<Mismatch> mismatches, StringBuilder out) {
        long missing = mismatches.stream().filter(m -> m.kind() == Mismatch.Kind.MISSING).count();
        out.append("    ").append(field.code()).append(": ").append(missing).append(" missing, ")
                .append(mismatches.size() - missing).append(" spurious");
        if (field.refines() != null) {
            out.append(" (of the keys ").append(field.refines().code()).append(" matches)");
        }
        out.append('\n');
        for (Mismatch mismatch : paired(mismatches)) {
            out.append("      ").append(mismatch.kind().sign()).append(' ').append(mismatch.item()).append('\n');
        }
    }

    /**
     * Drops a mismatch of a refining field (indicator_scores, funding_kinds) when the coarser field
     * already reports the same item on the same side: only a differing weight, score or kind is news.
     */
    private static List<Mismatch> informative(List<Mismatch> mismatches) {
        return mismatches.stream().filter(m -> m.field().refines() == null || mismatches.stream().noneMatch(
                coarse -> coarse.field() == m.field().refines() && coarse.kind() == m.kind()
                        && m.key().refines(coarse.key()))).toList();
    }

    /** Grouped by project in first-seen order (the truth's projects first); document-level keys last. */
    private static Map<String, List<Mismatch>> byProject(List<Mismatch> mismatches) {
        Map<String, List<Mismatch>> groups = new LinkedHashMap<>();
        mismatches.stream().filter(m -> m.project() != null)
                .forEach(m -> groups.computeIfAbsent(m.key().project(), k -> new ArrayList<>()).add(m));
        mismatches.stream().filter(m -> m.project() == null)
                .forEach(m -> groups.computeIfAbsent(DOCUMENT_LEVEL, k -> new ArrayList<>()).add(m));
        return groups;
    }

    private static String projectHeading(DocumentEvaluation document, Mismatch first) {
        if (first.project() == null) {
            return DOCUMENT_LEVEL;
        }
        String key = first.key().project();
        String note = document.projectsNotExtracted().stream().anyMatch(n -> KeyText.text(n).equals(key))
                ? "  (no extracted project has this name)"
                : document.projectsNotInTruth().stream().anyMatch(n -> KeyText.text(n).equals(key))
                ? "  (no project of the truth has this name)" : "";
        return "project " + first.project() + note;
    }

    /** Missing keys in record order, each followed by the spurious keys that share its first part. */
    private static List<Mismatch> paired(List<Mismatch> mismatches) {
        List<Mismatch> spurious = new ArrayList<>(mismatches.stream().filter(m -> m.kind() == Mismatch.Kind.SPURIOUS).toList());
        List<Mismatch> ordered = new ArrayList<>();
        for (Mismatch missing : mismatches) {
            if (missing.kind() != Mismatch.Kind.MISSING) {
                continue;
            }
            ordered.add(missing);
            String head = missing.key().parts().get(0);
            List<Mismatch> partners = spurious.stream().filter(s -> s.key().parts().get(0).equals(head)).toList();
            ordered.addAll(partners);
            spurious.removeAll(partners);
        }
        ordered.addAll(spurious);
        return ordered;
    }

    private static String shown(String value) {
        return value == null ? KeyText.ABSENT : value;
    }
}
