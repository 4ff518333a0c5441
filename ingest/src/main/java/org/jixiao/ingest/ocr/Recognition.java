package org.jixiao.ingest.ocr;

import java.util.List;

/** The characters read from one line image. */
public record Recognition(List<RecognizedChar> chars) {

    public Recognition {
        chars = List.copyOf(chars);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        chars.forEach(c -> text.append(c.text()));
        return text.toString();
    }
}
