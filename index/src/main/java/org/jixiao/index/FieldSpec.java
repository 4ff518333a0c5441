package org.jixiao.index;

/**
 * One field of the index.
 *
 * @param name     the field's name; a name ending in {@code *} is a family ({@code amount_*}) whose members
 *                 {@link #member(String)} names
 * @param type     how it is indexed
 * @param facet    whether searches count its values
 * @param matchable a {@link FieldType#KEYWORD} that also gets an analysed copy {@link #textName()}, so a filter
 *                 matches the exact value or the words of it ({@code 医疗保障局} matches {@code 忻州市医疗保障局})
 * @param stored   whether the value is kept for display; only a {@link FieldType#TEXT} field may leave it out
 */
public record FieldSpec(String name, FieldType type, boolean facet, boolean matchable, boolean stored) {

    static FieldSpec keyword(String name) {
        return new FieldSpec(name, FieldType.KEYWORD, false, false, true);
    }

    static FieldSpec text(String name) {
        return new FieldSpec(name, FieldType.TEXT, false, false, false);
    }

    static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, false, false, type != FieldType.TEXT);
    }

    FieldSpec counted() {
        return new FieldSpec(name, type, true, matchable, stored);
    }

    FieldSpec byName() {
        return new FieldSpec(name, type, facet, true, stored);
    }

    FieldSpec keptForDisplay() {
        return new FieldSpec(name, type, facet, matchable, true);
    }

    /** The analysed copy of a {@link #matchable} keyword. */
    public String textName() {
        return name + "_text";
    }

    public boolean isFamily() {
        return name.endsWith("*");
    }

    /** A member of a family: {@code amount_*} → {@code amount_annual}. */
    public FieldSpec member(String suffix) {
        if (!isFamily()) {
            throw new IllegalStateException(name + " is not a family of fields");
        }
        return new FieldSpec(name.substring(0, name.length() - 1) + suffix, type, facet, matchable, stored);
    }
}
