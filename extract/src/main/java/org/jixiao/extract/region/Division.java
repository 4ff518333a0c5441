package org.jixiao.extract.region;

/**
 * One administrative division of the gazetteer.
 *
 * @param code       the 6-digit division code (province {@code 320000}, prefecture {@code 320500},
 *                   county {@code 320506})
 * @param name       the official full name ({@code 江苏省}, {@code 苏州市}, {@code 吴中区})
 * @param parentCode the code of the division it belongs to, null for a province
 */
public record Division(String code, String name, String parentCode, Level level) {

    /** The three levels the gazetteer covers. */
    public enum Level { PROVINCE, PREFECTURE, COUNTY }

    /** A province-level city (北京市, 上海市, 天津市, 重庆市) is its own prefecture. */
    public boolean isMunicipality() {
        return level == Level.PROVINCE && name.endsWith("市");
    }
}
