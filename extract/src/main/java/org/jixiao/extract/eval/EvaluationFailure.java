package org.jixiao.extract.eval;

/**
 * A sample that could not be scored: its document failed to load or to extract, or its truth to parse.
 *
 * @param file    the file at fault
 * @param message what went wrong, naming the file (and page where one is at fault)
 */
public record EvaluationFailure(String file, String message) {
}
