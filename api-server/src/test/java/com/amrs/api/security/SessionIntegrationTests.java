package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard's session does around a login: a CSRF token of before the login or logout is
 * worthless after it, the live streams opened with the session close when it ends, and behind nginx the
 * client's own address and scheme count.
 */
class SessionIntegrationTests extends SecuredApiTest {

    @Test
    void theCsrfTokenChangesAtLoginAndLogout() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(get("/api/me"), HttpResponse.BodyHandlers.discarding());
        String beforeLogin = cookie(cookies, "XSRF-TOKEN");

        login(browser, "otto");
        String afterLogin = cookie(cookies, "XSRF-TOKEN");

        assertThat(afterLogin).isNotEqualTo(beforeLogin);
        assertThat(write(browser, beforeLogin).statusCode())
                .as("a token from before the login")
                .isEqualTo(403);
        assertThat(write(browser, afterLogin).statusCode())
                .as("the new token: an empty record is invalid, not forged")
                .isEqualTo(400);

        var logout = browser.send(
                HttpRequest.newBuilder(uri("/api/logout"))
                        .header("X-XSRF-TOKEN", afterLogin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(cookie(cookies, "XSRF-TOKEN")).isNotEqualTo(afterLogin);
    }

    @Test
    void theLiveStreamsOfASessionCloseAtItsLogoutOnly() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        login(browser, "vera");
        String session = "JSESSIONID=" + cookie(cookies, "JSESSIONID");
        var otherBrowser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(otherBrowser, "vera");
        Stream ws = open("/ws", session);
        Stream stomp = open("/stomp", session);
        Stream token = open(
                "/ws?access_token="
                        + tokens.create("board", Role.VIEWER, null, "admin").secret(),
                null);

        browser.send(
                HttpRequest.newBuilder(uri("/api/logout"))
                        .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(ws.closed().get(10, TimeUnit.SECONDS))
                .as("/ws closed with 1008")
                .isEqualTo(1008);
        assertThat(stomp.closed().get(10, TimeUnit.SECONDS))
                .as("/stomp closed with 1008")
                .isEqualTo(1008);
        assertThat(token.closed()).as("a token's stream has no session to end").isNotDone();
        assertThat(otherBrowser
                        .send(get("/api/me"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .as("vera's other login goes on")
                .contains("\"authenticated\":true");
        token.socket().abort();
    }

    @Test
    void behindAProxyTheClientsAddressIsThrottledAndItsHttpsKept() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(loginFrom("203.0.113.7", "wrong-password").statusCode()).isEqualTo(401);
        }
        assertThat(loginFrom("203.0.113.7", PASSWORD).statusCode())
                .as("that client waits")
                .isEqualTo(429);

        var otherClient = loginFrom("198.51.100.20", PASSWORD);
        assertThat(otherClient.statusCode())
                .as("another client behind the same proxy is not locked out")
                .isEqualTo(200);
        assertThat(otherClient.headers().allValues("Set-Cookie"))
                .as("the client spoke HTTPS to the proxy: its cookies are Secure")
                .filteredOn(header -> header.startsWith("JSESSIONID=") || header.startsWith("XSRF-TOKEN="))
                .hasSize(2)
                .allMatch(header -> header.contains("Secure"));
    }

    private HttpResponse<String> loginFrom(String client, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/login"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", client)
                        .header("X-Forwarded-Proto", "https")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"vera\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void login(HttpClient browser, String username) throws Exception {
        var login = browser.send(
                json("POST", "/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private HttpResponse<String> write(HttpClient browser, String csrf) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri("/api/production"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private record Stream(WebSocket socket, CompletableFuture<Integer> closed) {}

    /** A WebSocket on this path, with this Cookie header (or none); {@code closed} completes with the code. */
    private Stream open(String path, String cookie) throws Exception {
        var closed = new CompletableFuture<Integer>();
        var builder = http.newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.completeExceptionally(error);
                    }
                })
                .get(10, TimeUnit.SECONDS);
        return new Stream(socket, closed);
    }
}
