package org.jixiao.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who may change anything. A server started without {@code --allow-import} is read-only; with it, imports
 * and review marks need the token printed at start-up, sent as the {@code X-Jixiao-Token} header (API
 * clients) or kept in a cookie after the 登录 form (browsers; SameSite=Strict, so no other site can use it).
 */
final class Access {

    static final String HEADER = "X-Jixiao-Token";
    static final String COOKIE = "jixiao_token";

    private final boolean writable;
    private final String token;

    Access(boolean writable) {
        this.writable = writable;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.token = writable ? HexFormat.of().formatHex(random) : null;
    }

    boolean writable() {
        return writable;
    }

    /** The start-up token; null on a read-only server. */
    String token() {
        return token;
    }

    boolean allowed(Context ctx) {
        if (!writable) {
            return false;
        }
        String given = ctx.header(HEADER);
        if (given == null) {
            given = ctx.cookie(COOKIE);
        }
        return matches(given);
    }

    boolean matches(String given) {
        return given != null && token != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    void requireWrite(Context ctx) {
        if (!writable) {
            throw new ForbiddenResponse("只读模式：以 jixiao serve --allow-import 启动后才能导入和审核标记");
        }
        if (!allowed(ctx)) {
            throw new UnauthorizedResponse("需要启动时打印的令牌（X-Jixiao-Token 请求头，或在“导入”页登录）");
        }
    }

    void loginPage(Context ctx) {
        Html html = new Html().raw("<h1>登录</h1>");
        if (!writable) {
            html.raw("<p class=\"msg\">此服务以只读方式运行，无需登录。</p>");
        } else {
            html.raw("<form method=\"post\" action=\"/login\" class=\"login\"><label>令牌（服务启动时打印）")
                    .raw("<input name=\"token\" id=\"token\" autocomplete=\"off\" required></label>")
                    .raw("<button type=\"submit\">登录</button></form>");
        }
        ctx.html(Layout.page(Layout.Section.IMPORT, "登录", html.toString(), writable));
    }

    void login(Context ctx) {
        if (!writable || !matches(ctx.formParam("token"))) {
            ctx.status(401).html(Layout.message("登录失败", "令牌不对。请使用服务启动时打印的令牌。", writable));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/import", io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
