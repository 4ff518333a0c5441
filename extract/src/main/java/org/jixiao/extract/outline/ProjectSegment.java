package org.jixiao.extract.outline;

import org.jixiao.extract.form.Position;

/**
 * The part of a document that one project's facts come from: one form instance, or the whole of a
 * report about one project. Facts at positions in [start, end) belong to it.
 *
 * @param start where the segment starts (its form's title or its 项目名称), null from the document's start
 * @param end   where the next segment starts, null to the document's end
 */
public record ProjectSegment(String name, String department, String implementingUnit, Position start, Position end) {

    public boolean contains(Position position) {
        return (start == null || position.compareTo(start) >= 0) && (end == null || position.compareTo(end) < 0);
    }
}
