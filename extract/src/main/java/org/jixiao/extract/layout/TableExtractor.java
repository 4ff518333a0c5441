package org.jixiao.extract.layout;

import java.util.List;
import org.jixiao.ingest.Page;

/** Finds and rebuilds the tables of one page. */
public interface TableExtractor {

    List<Table> extract(Page page);
}
