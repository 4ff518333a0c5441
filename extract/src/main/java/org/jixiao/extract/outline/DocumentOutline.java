package org.jixiao.extract.outline;

import java.util.List;
import org.jixiao.extract.form.FieldReader.FieldFact;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.DocType;

/**
 * What a document is, before its figures are read: its type, its title lines, the label–value
 * fields of its forms and cover, the roles its report text names, and where each project's part
 * starts and ends. The table and record readers consume it; nothing downstream decides identity.
 *
 * @param titleLines the first lines of the first page, where titles, years and the issuing body stand
 * @param fields     every label–value field, from form cells and cover lines, in reading order
 * @param segments   one per project, in reading order; empty where the document holds no project part
 * @param fiscalYear the budget year the document is about, null where it does not say
 */
public record DocumentOutline(DocType docType, List<TextLine> titleLines, List<FieldFact> fields, ReportRoles roles,
                              List<ProjectSegment> segments, Integer fiscalYear) {

    public DocumentOutline {
        titleLines = List.copyOf(titleLines);
        fields = List.copyOf(fields);
        segments = List.copyOf(segments);
    }
}
