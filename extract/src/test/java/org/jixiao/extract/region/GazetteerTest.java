package org.jixiao.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.extract.region.Division.Level;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void coversEveryLevelOfTheMainland() {
        Map<Level, Long> counts = gazetteer.divisions().stream()
                .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        assertEquals(31, counts.get(Level.PROVINCE));
        assertEquals(333, counts.get(Level.PREFECTURE));
        assertTrue(counts.get(Level.COUNTY) > 2800, "counties: " + counts.get(Level.COUNTY));
    }

    @Test
    void tracesADivisionToItsProvince() {
        Division wuzhong = gazetteer.byCode("320506");
        assertEquals(List.of("江苏省", "苏州市", "吴中区"), names(gazetteer.lineage(wuzhong)));
        // districts of a province-level city hang directly under it
        assertEquals(List.of("上海市", "普陀区"), names(gazetteer.lineage(gazetteer.byCode("310107"))));
        assertTrue(gazetteer.byCode("310000").isMunicipality());
        assertTrue(!gazetteer.byCode("320000").isMunicipality());
    }

    @Test
    void knowsNamesSharedByTwoPlaces() {
        List<Division> putuo = gazetteer.divisions().stream().filter(d -> d.name().equals("普陀区")).toList();
        assertEquals(List.of("上海市", "舟山市"),
                putuo.stream().map(gazetteer::parent).map(Division::name).toList());
    }

    @Test
    void everyPrefectureAndCountyLiesInAProvince() {
        for (Division division : gazetteer.divisions()) {
            Division province = gazetteer.lineage(division).get(0);
            assertEquals(Level.PROVINCE, province.level(), division::toString);
            assertEquals(division.code().substring(0, 2), province.code().substring(0, 2), division::toString);
        }
    }

    @Test
    void namesAreUniqueWithinAParent() {
        Map<String, Long> perParent = gazetteer.divisions().stream()
                .collect(Collectors.groupingBy(d -> d.parentCode() + "/" + d.name(), Collectors.counting()));
        perParent.forEach((key, count) -> assertEquals(1, count, key));
    }

    private static List<String> names(List<Division> divisions) {
        return divisions.stream().map(Division::name).map(Function.identity()).toList();
    }
}
