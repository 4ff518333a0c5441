package org.jixiao.index;

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
}
