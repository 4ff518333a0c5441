package org.jixiao.extract.variation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.extract.model.Region;

/**
 * Real places of all of China to issue documents from, read from the national division list the
 * region resolver also ships ({@code region/divisions.tsv}, 国家统计局 2023): every province, every
 * prefecture, every county under a prefecture. A department names its place as people write it: a
 * county alone where its name is unique in the country, else with its city before it.
 */
final class Places {

    /** Where a department sits and how its name begins. */
    record Place(Region region, String prefix, Level level) {
    }

    enum Level { PROVINCE, CITY, COUNTY }

    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

    private record Division(String code, String name, String parent) {
    }

    private final List<Division> provinces = new ArrayList<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Map<String, Division> byCode = new LinkedHashMap<>();

    Places() {
        try (InputStream in = Places.class.getResourceAsStream("/org/jixiao/extract/region/divisions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("divisions.tsv not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Division division = new Division(f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : null);
                byCode.put(division.code(), division);
                nameCounts.merge(division.name(), 1, Integer::sum);
                if (division.parent() == null) {
                    provinces.add(division);
                } else {
                    children.computeIfAbsent(division.parent(), k -> new ArrayList<>()).add(division);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place drawn over the whole country: about a fifth provincial, the rest cities and counties. */
    Place draw(Random random) {
        Division province = provinces.get(random.nextInt(provinces.size()));
        boolean municipality = MUNICIPALITIES.contains(province.name());
        double level = random.nextDouble();
        if (level < 0.2) {
            return new Place(new Region(province.name(), municipality ? province.name() : null, null), province.name(),
                    Level.PROVINCE);
        }
        List<Division> below = children.getOrDefault(province.code(), List.of());
        if (municipality) {
            Division district = below.get(random.nextInt(below.size()));
            // a district named alike elsewhere (普陀区 of 上海 and of 舟山) is printed with its municipality
            boolean unique = standsAlone(district.name());
            return new Place(new Region(province.name(), province.name(), district.name()),
                    unique && random.nextBoolean() ? district.name() : province.name() + district.name(), Level.COUNTY);
        }
        List<Division> cities = below.stream().filter(d -> children.containsKey(d.code())).toList();
        Division city = cities.get(random.nextInt(cities.size()));
        if (level < 0.6) {
            return new Place(new Region(province.name(), city.name(), null), city.name(), Level.CITY);
        }
        List<Division> counties = children.get(city.code());
        Division county = counties.get(random.nextInt(counties.size()));
        boolean unique = standsAlone(county.name());
        String prefix = unique && random.nextBoolean() ? county.name() : city.name() + county.name();
        return new Place(new Region(province.name(), city.name(), county.name()), prefix, Level.COUNTY);
    }

    /**
     * Whether a county's name alone names it: no other county bears it, and it is no two-character
     * district (西区, 东区), which reads as an everyday word and is printed with its city.
     */
    private boolean standsAlone(String name) {
        return nameCounts.get(name) == 1 && !(name.length() < 3 && name.endsWith("区"));
    }

    /** The short name of a place as titles use it: 洛阳市 → 洛阳, 栾川县 → 栾川. */
    static String shortName(String name) {
        if (name.length() > 2 && (name.endsWith("市") || name.endsWith("县") || name.endsWith("区"))
                && !name.endsWith("自治县")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
