package org.jixiao.cli;

import org.jixiao.extract.model.DocType;
import org.jixiao.index.Filters;
import picocli.CommandLine.Option;

/** The filters of search, compare and findings. */
final class FilterOptions {

    @Option(names = "--province", description = "Province, e.g. 山西省 (or 山西).")
    String province;

    @Option(names = "--city", description = "City, e.g. 忻州市 (or 忻州).")
    String city;

    @Option(names = "--year", description = "Fiscal year, e.g. 2023.")
    Integer year;

    @Option(names = "--department", description = "Department, or words of it: 医疗保障局 matches 忻州市医疗保障局.")
    String department;

    @Option(names = "--doc-type", description = "target_declaration, self_evaluation or evaluation_report.")
    String docType;

    @Option(names = "--level1", description = "一级指标, e.g. 满意度指标.")
    String level1;

    @Option(names = "--level2", description = "二级指标, e.g. 质量指标.")
    String level2;

    Filters toFilters() {
        if (docType != null) {
            DocType.fromCode(docType); // rejects a misspelt type before it silently matches nothing
        }
        return new Filters(province, city, year, department, docType, level1, level2);
    }
}
