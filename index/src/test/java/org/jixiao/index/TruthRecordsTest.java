package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;

/** The record model reads the truth files and writes them back unchanged: the store tests rely on it. */
class TruthRecordsTest {

    @Test
    void truthFilesRoundTripThroughTheRecordModel() throws IOException {
        try (Stream<Path> files = Files.list(TruthRecords.corpus())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".truth.json")).toList()) {
                DocumentRecord record = TruthRecords.read(file);
                JsonNode original = RecordJson.mapper().readTree(file.toFile());
                JsonNode written = RecordJson.mapper().readTree(RecordJson.toLine(record));
                assertEquals(original, written, file.getFileName().toString());
            }
        }
    }
}
