package org.jixiao.cli;

import org.jixiao.extract.model.DocType;
import org.jixiao.index.Filters;
import org.jixiao.index.export.ChineseNames;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The filters of search, compare and findings. */
final class FilterOptions {

    @Option(names = "--province", description = "Province, e.g. 山西省 (or 山西).")
    String province;

    @Option(names = "--city", description = "City, e.g. 忻州市 (or 忻州).")
    String city;

    @Option(names = "--county", description = "County or district, e.g. 栾川县, 普陀区 (or 栾川).")
    String county;

    @Option(names = "--year", description = "Fiscal year, e.g. 2023.")
    Integer year;

    @Option(names = "--department", description = "Department, or words of it: 医疗保障局 matches 忻州市医疗保障局.")
    String department;

    @Option(names = "--doc-type", description = "target_declaration (绩效目标申报表), self_evaluation (自评报告), "
            + "evaluation_report (评价报告) or budget_disclosure (预算公开); the Chinese names work too.")
    String docType;

    @Option(names = "--level1", description = "一级指标, e.g. 满意度指标.")
    String level1;

    @Option(names = "--level2", description = "二级指标, e.g. 质量指标.")
    String level2;

    /** The filters; a misspelt document type is refused before it silently matches nothing. */
    Filters toFilters(CommandLine command) {
        String code = null;
        if (docType != null) {
            code = ChineseNames.docTypeOf(docType).map(DocType::code).orElseThrow(() -> new ParameterException(command,
                    "没有这种文件类型 (unknown --doc-type): " + docType + "；可选 " + ChineseNames.docTypeChoices()));
        }
        return new Filters(province, city, county, year, department, code, level1, level2);
    }
}
