package org.jixiao.index;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.ProjectRecord;

/**
 * What makes two files one document: a scan and the born-digital export of one report hash
 * differently but say the same. Two records share a key when they have the same type, year and page
 * count, and project by project the same name, the same money figures and as many indicators.
 *
 * <p>Indicator names and targets are counted rather than compared: OCR misreads words (已 for 己)
 * far more often than it loses a row of a table, and a misread word must not split one document into
 * two. A record without projects has no key: nothing says it is the same as another.
 */
public final class CopyKey {

    private CopyKey() {
    }

    public static Optional<String> of(DocumentRecord record) {
        if (record.projects().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        key.append(record.docType().code()).append('|').append(record.fiscalYear()).append('|').append(record.source().pages());
        for (ProjectRecord project : record.projects()) {
            key.append("|p:").append(project.name() == null ? "" : project.name().replaceAll("\\s+", ""));
            project.funding().stream().map(Funding::amountYuan).map(BigDecimal::stripTrailingZeros)
                    .map(BigDecimal::toPlainString).sorted().forEach(amount -> key.append(',').append(amount));
            key.append("|i:").append(project.indicators().size());
        }
        return Optional.of(sha256(key.toString()));
    }

    /**
     * The records a store counts among these: of those that share a key, the one read with least OCR
     * (the first of them on a tie), as a store keeps them whatever order they come in.
     */
    public static List<DocumentRecord> counted(List<DocumentRecord> records) {
        List<DocumentRecord> counted = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            DocumentRecord record = records.get(i);
            Optional<String> key = of(record);
            int index = i;
            boolean beaten = key.isPresent() && IntStream.range(0, records.size()).filter(j -> j != index)
                    .filter(j -> of(records.get(j)).equals(key))
                    .anyMatch(j -> ocrPages(records.get(j)) < ocrPages(record)
                            || ocrPages(records.get(j)) == ocrPages(record) && j < index);
            if (!beaten) {
                counted.add(record);
            }
        }
        return counted;
    }

    private static int ocrPages(DocumentRecord record) {
        return record.source().ocrPages().size();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
