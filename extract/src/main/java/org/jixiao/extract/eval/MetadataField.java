package org.jixiao.extract.eval;

/** The document-level values that must match the truth exactly. */
public enum MetadataField {
    DOC_TYPE("doc_type"),
    PROVINCE("province"),
    CITY("city"),
    FISCAL_YEAR("fiscal_year"),
    /** The project names, as a multiset: their order does not matter. */
    PROJECT_NAMES("project_names"),
    /** The projects' departments, as a multiset. */
    DEPARTMENTS("departments");

    private final String code;

    MetadataField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
