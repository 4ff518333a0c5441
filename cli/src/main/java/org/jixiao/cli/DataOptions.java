package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.index.indicator.IndicatorSynonyms;
import picocli.CommandLine.Option;

/** Where the index lives, shared by the commands that use it. */
final class DataOptions {

    /** The bureau's own additions to the indicator synonym list, in the data directory. */
    static final String SYNONYMS_FILE = "synonyms.txt";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "jixiao-data",
            description = "Index directory. Default: ./${DEFAULT-VALUE}. A synonyms.txt there extends the indicator synonyms.")
    Path dir;

    /** The shipped synonyms, plus the data directory's {@value #SYNONYMS_FILE} where there is one. */
    IndicatorSynonyms synonyms() throws IOException {
        Path extra = dir.resolve(SYNONYMS_FILE);
        return Files.isRegularFile(extra)
                ? IndicatorSynonyms.defaults().with(IndicatorSynonyms.read(extra))
                : IndicatorSynonyms.defaults();
    }
}
