package org.jixiao.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Restrictions shared by searches, finding lists and comparisons; a null restricts nothing. Names
 * (province, city, county, department, levels) match the exact value or all of its words, so {@code 医疗保障局}
 * finds {@code 忻州市医疗保障局} and {@code 忻州} finds {@code 忻州市}.
 *
 * @param county  county or district (县、区), such as {@code 普陀区}: a county bureau's documents, and budget
 *                disclosures, which a district publishes
 * @param docType a record-contract code such as {@code target_declaration}
 */
public record Filters(String province, String city, String county, Integer fiscalYear, String department,
                      String docType, String level1, String level2) {

    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null);

    /**
     * The restrictions set, each as the index field it applies to and its value, in one order for every
     * store: a {@link FieldSpec#matchable()} field matches the value or all of its words, any other the
     * value exactly (the year as a number).
     */
    public Map<FieldSpec, String> restrictions() {
        Map<FieldSpec, String> set = new LinkedHashMap<>();
        put(set, IndexFields.PROVINCE, province);
        put(set, IndexFields.CITY, city);
        put(set, IndexFields.COUNTY, county);
        put(set, IndexFields.DEPARTMENT, department);
        put(set, IndexFields.LEVEL1, level1);
        put(set, IndexFields.LEVEL2, level2);
        put(set, IndexFields.DOC_TYPE, docType);
        put(set, IndexFields.FISCAL_YEAR, fiscalYear == null ? null : fiscalYear.toString());
        return set;
    }

    private static void put(Map<FieldSpec, String> set, FieldSpec field, String value) {
        if (value != null) {
            set.put(field, value);
        }
    }
}
