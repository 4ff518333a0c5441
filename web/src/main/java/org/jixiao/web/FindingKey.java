package org.jixiao.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jixiao.index.StoredFinding;

/**
 * What identifies a finding across re-ingests: the document's content hash, the rule, the page and the
 * message. Re-reading the same file yields the same key, so a review mark set on it stays attached.
 */
record FindingKey(String sha256, String rule, Integer page, String message) {

    static FindingKey of(StoredFinding finding) {
        return new FindingKey(finding.sha256(), finding.rule(), finding.page(), finding.message());
    }

    static FindingKey of(String sha256, org.jixiao.extract.model.Finding finding) {
        return new FindingKey(sha256, finding.rule(), finding.page(), finding.message());
    }

    /** A short id for URLs: the document hash, then 12 hex digits of the rest. */
    String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (rule + '\0' + Objects.toString(page, "") + '\0' + message).getBytes(StandardCharsets.UTF_8));
            return sha256 + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document hash an id starts with, or null when the id is malformed. */
    static String sha256OfId(String id) {
        if (id == null || id.length() != 64 + 1 + 12 || id.charAt(64) != '-') {
            return null;
        }
        String sha256 = id.substring(0, 64);
        return Requests.isSha256(sha256) && id.substring(65).matches("[0-9a-f]{12}") ? sha256 : null;
    }
}
