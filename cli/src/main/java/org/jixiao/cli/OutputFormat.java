package org.jixiao.cli;

/** How the index commands print rows. */
enum OutputFormat { table, json, csv, xlsx }
