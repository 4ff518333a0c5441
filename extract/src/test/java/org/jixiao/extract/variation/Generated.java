package org.jixiao.extract.variation;

import java.util.List;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;

/**
 * What a family builds from its form data: the printed layout and the truth's content, both from the
 * same data. Pages of findings are not known until the layout is rendered to a file.
 *
 * @param plants the errors planted in the printed figures, empty for a consistent document
 */
record Generated(Layout layout, DocType type, Region region, Integer year, List<ProjectRecord> projects,
                 List<Plant> plants) {

    /**
     * An error planted in the document, as a finding of one of the seven arithmetic rules.
     *
     * @param locator text printed on the page of the figure at fault, and nowhere before it
     */
    record Plant(String rule, String message, String expected, String found, String locator, String project) {
    }
}
