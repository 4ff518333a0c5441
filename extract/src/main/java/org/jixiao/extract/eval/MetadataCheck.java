package org.jixiao.extract.eval;

/**
 * One document-level value of the truth beside the extraction's.
 *
 * @param expected the truth's value as printed
 * @param found    the extraction's value as printed
 * @param exact    whether they are equal after normalisation
 */
public record MetadataCheck(String expected, String found, boolean exact) {
}
