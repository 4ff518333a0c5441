package org.jixiao.extract.check;

import java.util.List;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.model.Finding;

/** The check stage boundary: an extraction in, the figures that do not hold out. */
public interface ConsistencyChecker {

    List<Finding> check(Extraction extraction);

    /** A checker that finds nothing: for runs that only want records. */
    ConsistencyChecker NONE = extraction -> List.of();
}
