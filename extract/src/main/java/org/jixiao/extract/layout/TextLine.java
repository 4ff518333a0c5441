package org.jixiao.extract.layout;

import org.jixiao.ingest.Box;

/** A line of running text outside any table. */
public record TextLine(int page, Box box, String text) {
}
