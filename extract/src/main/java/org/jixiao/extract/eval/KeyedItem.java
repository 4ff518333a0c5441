package org.jixiao.extract.eval;

/**
 * An item of a record reduced to its key, with how it reads on the page.
 *
 * @param project the project name as printed, or null for document-level items
 */
record KeyedItem(MatchKey key, String project, String display) {
}
