package org.jixiao.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.model.RecordJson;

/**
 * Reviewers' marks on findings, kept in a small JSON file beside the index ({@code web/reviews.json}),
 * keyed by {@link FindingKey}: independent of the index entries, so replacing a document's records leaves
 * them in place. Each change rewrites the file and moves it over the old one, so a crash leaves one or the other.
 */
final class ReviewMarks {

    /** A reviewer's verdict. */
    enum Verdict {
        CONFIRMED("已核实"), FALSE_ALARM("误报");

        final String label;

        Verdict(String label) {
            this.label = label;
        }

        static Verdict parse(String code) {
            for (Verdict verdict : values()) {
                if (verdict.name().equalsIgnoreCase(code)) {
                    return verdict;
                }
            }
            throw new IllegalArgumentException("审核结论应为 confirmed（已核实）或 false_alarm（误报）: " + code);
        }
    }

    /** A mark as stored; {@code at} is when it was last set (ISO-8601, UTC). */
    record Mark(String sha256, String rule, Integer page, String message, Verdict verdict, String comment, String at) {

        FindingKey key() {
            return new FindingKey(sha256, rule, page, message);
        }
    }

    private static final ObjectMapper JSON = RecordJson.mapper();
    private static final int MAX_COMMENT = 2000;

    private final Path file;
    private final Map<FindingKey, Mark> marks = new LinkedHashMap<>();

    ReviewMarks(Path file) throws IOException {
        this.file = file;
        if (Files.isRegularFile(file)) {
            for (Mark mark : JSON.readValue(file.toFile(), new TypeReference<List<Mark>>() { })) {
                marks.put(mark.key(), mark);
            }
        }
    }

    synchronized Optional<Mark> get(FindingKey key) {
        return Optional.ofNullable(marks.get(key));
    }

    /** Sets the mark of a finding; a null verdict clears it. */
    synchronized Optional<Mark> set(FindingKey key, Verdict verdict, String comment) throws IOException {
        String note = comment == null ? "" : comment.strip();
        if (note.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("备注最多 " + MAX_COMMENT + " 字");
        }
        Mark mark = verdict == null ? null : new Mark(key.sha256(), key.rule(), key.page(), key.message(), verdict,
                note, Instant.now().toString());
        Mark previous = mark == null ? marks.remove(key) : marks.put(key, mark);
        try {
            save();
        } catch (IOException e) {
            if (previous == null) {
                marks.remove(key);
            } else {
                marks.put(key, previous);
            }
            throw e;
        }
        return Optional.ofNullable(mark);
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), new ArrayList<>(marks.values()));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
