package org.jixiao.extract.form;

import static org.jixiao.extract.form.HandDrawn.row;
import static org.jixiao.extract.form.HandDrawn.scanned;
import static org.jixiao.extract.form.HandDrawn.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.extract.form.LabelConfig.Field;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private final FieldReader reader = new FieldReader(LabelClassifier.standard());

    private Map<Field, String> fields(String[]... rows) {
        Map<Field, String> fields = new LinkedHashMap<>();
        reader.read(table(1, rows), 0).forEach(fact -> fields.putIfAbsent(fact.field(), fact.value()));
        return fields;
    }

    @Test
    void everyLabelValuePairOfARowIsRead() {
        Map<Field, String> fields = fields(
                row("项目名称", "城乡居民医疗保险参保补助", "<", "<"),
                row("一级预算单位", "洛阳市医疗保障局", "申请单位", "洛阳市医疗保险服务中心"));
        assertEquals("城乡居民医疗保险参保补助", fields.get(Field.PROJECT_NAME));
        assertEquals("洛阳市医疗保障局", fields.get(Field.DEPARTMENT));
        assertEquals("洛阳市医疗保险服务中心", fields.get(Field.IMPLEMENTING_UNIT));
    }

    @Test
    void aNameHoldingLabelWordsIsStillAName() {
        Map<Field, String> fields = fields(
                row("一、项目名称", "2023年度学生资助项目", "<", "<"),
                row("主管部门及代码", "[332]某县教育局", "实施单位", "预算单位信息化建设中心"));
        assertEquals("2023年度学生资助项目", fields.get(Field.PROJECT_NAME));
        assertEquals("预算单位信息化建设中心", fields.get(Field.IMPLEMENTING_UNIT));
    }

    @Test
    void aScannedLabelWithOneCharacterMisreadNamesItsField() {
        String[][] rows = {row("项自名称", "社会组织培育发展", "<", "<"), row("主管部门", "浙江省民政厅", "用款单位", "浙江省殡葬管理所")};
        Map<Field, String> read = new LinkedHashMap<>();
        reader.read(scanned(table(1, rows)), 0).forEach(fact -> read.putIfAbsent(fact.field(), fact.value()));
        assertEquals("社会组织培育发展", read.get(Field.PROJECT_NAME));
        // a text layer is as printed: no label there
        assertEquals(null, fields(rows).get(Field.PROJECT_NAME));
    }
}
