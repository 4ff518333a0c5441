package org.jixiao.extract.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.region.Division.Level;

/**
 * China's provinces, prefecture-level and county-level divisions, each with its parent. The
 * standard instance reads {@code divisions.tsv} (code, name, parent code; see its header for the
 * source). Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final String RESOURCE = "divisions.tsv";

    private final Map<String, Division> byCode;

    public Gazetteer(Collection<Division> divisions) {
        Map<String, Division> map = new LinkedHashMap<>();
        for (Division division : divisions) {
            if (map.put(division.code(), division) != null) {
                throw new IllegalArgumentException("duplicate division code " + division.code());
            }
        }
        for (Division division : map.values()) {
            if (division.parentCode() != null && !map.containsKey(division.parentCode())) {
                throw new IllegalArgumentException(division.code() + " has unknown parent " + division.parentCode());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    public Collection<Division> divisions() {
        return byCode.values();
    }

    public Division byCode(String code) {
        return byCode.get(code);
    }

    public Division parent(Division division) {
        return division.parentCode() == null ? null : byCode.get(division.parentCode());
    }

    /** The division and its ancestors, province first. */
    public List<Division> lineage(Division division) {
        List<Division> lineage = new ArrayList<>(3);
        for (Division d = division; d != null; d = parent(d)) {
            lineage.add(0, d);
        }
        return lineage;
    }

    /** Whether {@code ancestor} is {@code division} itself or one of the divisions it belongs to. */
    public boolean contains(Division ancestor, Division division) {
        for (Division d = division; d != null; d = parent(d)) {
            if (d.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads lines {@code code<TAB>name<TAB>parent_code}; {@code #} starts a comment line. A division
     * without a parent is a province; one whose code ends in {@code 00} a prefecture; any other a
     * county-level division (which may hang directly under its province, as 济源市 or 浦东新区 do).
     */
    static Gazetteer read(InputStream in) throws IOException {
        List<Division> divisions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || fields[0].length() != 6) {
                    throw new IOException("line " + number + " of the gazetteer is not code<TAB>name<TAB>parent: " + line);
                }
                String parent = fields[2].isEmpty() ? null : fields[2];
                Level level = parent == null ? Level.PROVINCE
                        : fields[0].endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
                divisions.add(new Division(fields[0], fields[1], parent, level));
            }
        }
        return new Gazetteer(divisions);
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
