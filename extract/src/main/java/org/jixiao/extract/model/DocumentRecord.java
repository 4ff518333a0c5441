package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything extracted from one input document: the record contract's top-level object.
 */
@JsonPropertyOrder({"source", "doc_type", "region", "fiscal_year", "projects", "findings"})
public record DocumentRecord(Source source, DocType docType, Region region, Integer fiscalYear,
                             List<ProjectRecord> projects, List<Finding> findings) {

    public DocumentRecord {
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    public DocumentRecord withFindings(List<Finding> newFindings) {
        return new DocumentRecord(source, docType, region, fiscalYear, projects, newFindings);
    }
}
