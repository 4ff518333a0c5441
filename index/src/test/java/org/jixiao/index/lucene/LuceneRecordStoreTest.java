package org.jixiao.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.index.Filters;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.RecordStore;
import org.jixiao.index.RecordStoreContract;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: the contract, and what only an index in a directory does (locks, read-only opens). */
class LuceneRecordStoreTest extends RecordStoreContract {

    @TempDir
    Path dir;

    @Override
    protected RecordStore emptyStore() throws IOException {
        return LuceneRecordStore.open(dir, IndicatorSynonyms.defaults());
    }

    @Override
    protected RecordStore openAgain() throws IOException {
        store.close();
        return LuceneRecordStore.open(dir, IndicatorSynonyms.defaults());
    }

    @Test
    void withoutSynonymsOnlyTheWordsTypedAreFound() throws IOException {
        try (LuceneRecordStore reader = LuceneRecordStore.openReadOnly(dir, IndicatorSynonyms.none())) {
            assertEquals(truthRows(r -> true, i -> i.deepestLevel().contains("系统正常运行率")),
                    keys(reader.search(new IndicatorQuery("系统正常运行率", Filters.NONE, 0, false))));
        }
    }

    @Test
    void changesNotCommittedAreDiscardedOnClose() throws IOException {
        store.delete(RECORDS.get(0).source().sha256());
        assertFalse(store.storedHashes().contains(RECORDS.get(0).source().sha256()));
        store = openAgain();
        assertEquals(RECORDS.size(), store.storedHashes().size());
    }

    @Test
    void readOnlyStoreSearchesAndRefusesChanges(@TempDir Path empty) throws IOException {
        try (LuceneRecordStore reader = LuceneRecordStore.openReadOnly(dir, IndicatorSynonyms.defaults())) {
            assertEquals(RECORDS.size(), reader.storedHashes().size());
            assertThrows(IllegalStateException.class, () -> reader.delete(RECORDS.get(0).source().sha256()));
        }
        IOException missing = assertThrows(IOException.class,
                () -> LuceneRecordStore.openReadOnly(empty, IndicatorSynonyms.defaults()));
        assertTrue(missing.getMessage().contains(empty.toString()), missing.getMessage());
    }
}
