package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.region.RegionResolver;
import org.junit.jupiter.api.Test;

class DepartmentTwinsTest {

    private static ProjectRecord project(String name, String department) {
        return new ProjectRecord(name, department, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    private static List<String> departments(ProjectRecord... projects) {
        return DepartmentTwins.agreed(List.of(projects), RegionResolver.standard()).stream()
                .map(ProjectRecord::department).toList();
    }

    @Test
    void aDepartmentThatNamesNoPlaceTakesItsTwinsName() {
        assertEquals(List.of("山东省卫生健康委员会", "山东省卫生健康委员会"),
                departments(project("甲", "山本省五牛健康委员会"), project("乙", "山东省卫生健康委员会")));
    }

    @Test
    void departmentsThatNamePlacesOrDifferMoreStayAsRead() {
        // two bureaus of one province; a misreading too far from the other department to be its twin
        assertEquals(List.of("山东省卫生健康委员会", "山东省教育厅"),
                departments(project("甲", "山东省卫生健康委员会"), project("乙", "山东省教育厅")));
        assertEquals(List.of("本省五牛键康委会员会", "山东省卫生健康委员会"),
                departments(project("甲", "本省五牛键康委会员会"), project("乙", "山东省卫生健康委员会")));
        assertEquals(List.of("江苏省卫生健康委员会", "山东省卫生健康委员会"),
                departments(project("甲", "江苏省卫生健康委员会"), project("乙", "山东省卫生健康委员会")));
    }
}
