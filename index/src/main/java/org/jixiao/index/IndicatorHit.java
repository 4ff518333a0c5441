package org.jixiao.index;

/** One indicator row found, with where it comes from (file and content hash); values as printed. */
public record IndicatorHit(String source, String sha256, String province, String city, Integer fiscalYear, String department,
                           String project, String level1, String level2, String level3, String level4,
                           String target, String actual, String weight, String score, String period, Integer page,
                           float relevance) {
}
