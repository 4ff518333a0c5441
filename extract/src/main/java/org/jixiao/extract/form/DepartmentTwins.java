package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.region.RegionResolver;

/**
 * One department read two ways in one document: a scan's misreading (山本省五牛健康委员会 for the
 * 山东省卫生健康委员会 of the document's other form) names no place, while its twin does. A department
 * that names no place takes the name of another project's department of the same length that differs
 * from it in at most a third of its characters and names one.
 */
public final class DepartmentTwins {

    private DepartmentTwins() {
    }

    public static List<ProjectRecord> agreed(List<ProjectRecord> projects, RegionResolver regions) {
        List<ProjectRecord> agreed = new ArrayList<>(projects.size());
        for (ProjectRecord project : projects) {
            String department = project.department();
            String twin = department == null || !regions.resolve(department).equals(Region.UNKNOWN) ? null
                    : projects.stream().map(ProjectRecord::department)
                            .filter(other -> isTwin(department, other) && !regions.resolve(other).equals(Region.UNKNOWN))
                            .findFirst().orElse(null);
            agreed.add(twin == null ? project : project.withOrganisations(twin, project.implementingUnit()));
        }
        return agreed;
    }

    private static boolean isTwin(String department, String other) {
        return other != null && !other.equals(department) && other.length() == department.length()
                && Misreadings.differences(department, other) * 3 <= department.length();
    }
}
