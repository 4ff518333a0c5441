package org.jixiao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.jixiao.extract.model.RecordJson;

/** JSON answers in the record contract's conventions (snake_case, nulls kept). */
final class Json {

    private Json() {
    }

    static void send(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(RecordJson.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
