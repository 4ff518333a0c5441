package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.form.LabelConfig.Field;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;

/**
 * Reads label–value fields of forms (项目名称 | X, 主管部门及代码 | 303-忻州市医疗保障局): a cell
 * whose text is a field label, and the next cell to its right.
 */
public final class FieldReader {

    /** A label longer than this is a sentence, not a field label. */
    private static final int MAX_LABEL_LENGTH = 16;

    /** A department code printed before the name: 303-, 000608000608, [312], 【312】, (312). */
    private static final String DEPARTMENT_CODE =
            "^(?:[\\[【(]\\s*[\\dA-Za-z]+\\s*[\\]】)]|[\\dA-Za-z]*\\d[\\dA-Za-z]*)[-_.、:]?";

    private final LabelClassifier labels;

    public FieldReader(LabelClassifier labels) {
        this.labels = labels;
    }

    /** A field value with where it stands. */
    public record FieldFact(Field field, String value, int page, Position position) {
    }

    public List<FieldFact> read(Table table, int block) {
        List<FieldFact> facts = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<Cell> cells = cellsOfRow(table, row);
            for (int i = 0; i + 1 < cells.size(); i++) {
                Cell label = cells.get(i);
                String normalized = LabelClassifier.normalize(label.text());
                if (normalized.isEmpty() || normalized.length() > MAX_LABEL_LENGTH) {
                    continue;
                }
                Optional<Field> field = labels.classify(labels.config().fields(), label.text());
                if (field.isEmpty() && label.confidence() < 1) {
                    // a scan's label cell with one character misread: 项自名称
                    field = labels.classifySubstituted(labels.config().fields(), label.text());
                }
                if (field.isEmpty()) {
                    continue;
                }
                Cell value = cells.get(i + 1);
                String text = clean(field.get(), value.text());
                // a value that merely contains a label word (2023年度学生资助项目, 预算单位信息化建设) is still a value
                if (!text.isEmpty() && labels.classifyExact(labels.config().fields(), value.text()).isEmpty()) {
                    facts.add(new FieldFact(field.get(), text, value.page(), new Position(block, row)));
                }
            }
        }
        return facts;
    }

    /** The distinct cells covering a row, left to right (a merged cell from above counts once). */
    private static List<Cell> cellsOfRow(Table table, int row) {
        List<Cell> cells = new ArrayList<>();
        for (int column = 0; column < table.columnCount(); column++) {
            Cell cell = table.cellAt(row, column);
            if (cell != null && (cells.isEmpty() || cells.get(cells.size() - 1) != cell)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** A field's value as the contract wants it: names without whitespace, departments without their code. */
    public static String clean(Field field, String value) {
        String compact = value.replaceAll("\\s+", "");
        return switch (field) {
            case DEPARTMENT, IMPLEMENTING_UNIT -> compact.replaceFirst(DEPARTMENT_CODE, "");
            default -> compact;
        };
    }
}
