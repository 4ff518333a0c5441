package org.jixiao.index;

/** A finding as stored, with the document ({@link Provenance#path()}) and project it belongs to. */
public record StoredFinding(String source, String sha256, String path, String province, String city, Integer fiscalYear, String department,
                            String project, String rule, String severity, String message, String expected,
                            String found, Integer page) {
}
