package org.jixiao.extract.model;

/** The administrative region of the issuing department; a level the document does not name is null. */
public record Region(String province, String city, String county) {

    public static final Region UNKNOWN = new Region(null, null, null);
}
