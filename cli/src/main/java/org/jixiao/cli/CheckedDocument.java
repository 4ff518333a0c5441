package org.jixiao.cli;

import java.util.List;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Finding.Severity;

/**
 * One input file of {@code jixiao check}: its findings, or why it could not be read.
 *
 * @param file    the file as named on the command line
 * @param failure why the file could not be loaded, or null
 */
record CheckedDocument(String file, List<Finding> findings, String failure) {

    CheckedDocument {
        findings = List.copyOf(findings);
    }

    static CheckedDocument checked(String file, List<Finding> findings) {
        return new CheckedDocument(file, findings, null);
    }

    static CheckedDocument failed(String file, String failure) {
        return new CheckedDocument(file, List.of(), failure);
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
