package org.jixiao.index.export;

import java.util.function.Function;

/**
 * One column of an export.
 *
 * @param key       the name machines read: the CSV header and the JSON key
 * @param header    the heading people read in a spreadsheet, with the unit where there is one ({@code 金额（元）})
 * @param kind      how a spreadsheet cell holds the value
 * @param forPeople how people read a value (a rule's Chinese name for its code); identity for most columns
 */
public record Column(String key, String header, Kind kind, Function<Object, Object> forPeople) {

    /** How a value sits in a spreadsheet cell. */
    public enum Kind {
        TEXT,
        /** A whole number (page, year). */
        INTEGER,
        /** A decimal number when the value reads as one, else text as printed ({@code ≥95%}). */
        NUMBER
    }

    public static Column text(String key, String header) {
        return new Column(key, header, Kind.TEXT, Function.identity());
    }

    public static Column integer(String key, String header) {
        return new Column(key, header, Kind.INTEGER, Function.identity());
    }

    public static Column number(String key, String header) {
        return new Column(key, header, Kind.NUMBER, Function.identity());
    }

    /** The same column, shown to people through {@code display}. */
    public Column shownAs(Function<Object, Object> display) {
        return new Column(key, header, kind, value -> value == null ? null : display.apply(value));
    }
}
