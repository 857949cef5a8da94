package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what (DESIGN.md §15) over real HTTP against a real PostgreSQL, reads closed: every endpoint
 * the API maps and both live streams against anonymous, viewer, operator, admin, a wrong and an expired
 * token; the dashboard's session with CSRF; throttled logins; tokens; the audit. The OIDC login's tests share
 * the context ({@link SecuredApiTest}).
 */
class SecurityIntegrationTests extends SecuredApiTest {

    private enum Access {
        OPEN,
        READ,
        WRITE,
        ADMIN
    }

    private record Endpoint(String method, String path, Access access) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        String operatorToken =
                tokens.create("line-screen", Role.OPERATOR, null, "admin").secret();
        String expired = tokens.create("old", Role.ADMIN, null, "admin").secret();
        jdbc.sql("update api_tokens set expires_at = now() - interval '1 minute' where name = 'old'")
                .update();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::path).contains("/api/kpis", "/api/production", "/api/tokens");

        for (Endpoint endpoint : endpoints) {
            assertThat(status(endpoint, null))
                    .as("anonymous %s", endpoint)
                    .satisfies(status -> expect(status, endpoint.access() == Access.OPEN, 401));
            assertThat(status(endpoint, basic("vera")))
                    .as("viewer %s", endpoint)
                    .satisfies(status -> expect(status, endpoint.access().compareTo(Access.READ) <= 0, 403));
            assertThat(status(endpoint, "Bearer " + operatorToken))
                    .as("operator token %s", endpoint)
                    .satisfies(status -> expect(status, endpoint.access() != Access.ADMIN, 403));
            assertThat(status(endpoint, basic("admin", ADMIN_PASSWORD)))
                    .as("admin %s", endpoint)
                    .satisfies(status -> expect(status, true, 403));
            if (endpoint.access() != Access.OPEN) {
                assertThat(status(endpoint, "Bearer amrs_not-a-token"))
                        .as("wrong token %s", endpoint)
                        .isEqualTo(401);
                assertThat(status(endpoint, "Bearer " + expired))
                        .as("expired token %s", endpoint)
                        .isEqualTo(401);
            }
        }
    }

    @Test
    void bothLiveStreamsNeedALoginOrAToken() throws Exception {
        String token = tokens.create("wscat", Role.VIEWER, null, "admin").secret();
        for (String stream : List.of("/ws", "/stomp")) {
            assertThat(handshake(stream)).as("anonymous " + stream).isEqualTo(401);
            assertThat(handshake(stream + "?access_token=" + token))
                    .as("token " + stream)
                    .isEqualTo(101);
            assertThat(handshake(stream + "?access_token=amrs_wrong")).isEqualTo(401);
        }
    }

    @Test
    void swaggerAndMetricsNeedALoginOrATokenWhileHealthStaysOpenForProbes() throws Exception {
        String prometheus = "Bearer "
                + tokens.create("prometheus", Role.VIEWER, null, "admin").secret();
        for (String path : List.of("/actuator/prometheus", "/v3/api-docs", "/swagger-ui.html")) {
            assertThat(http.send(get(path), HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as("anonymous " + path)
                    .isEqualTo(401);
            assertThat(http.send(authorized(get(path), prometheus), HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as("viewer token " + path)
                    .isIn(200, 302);
        }
        var metrics =
                http.send(authorized(get("/actuator/prometheus"), prometheus), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(http.send(get("/actuator/health"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isIn(200, 503);
    }

    @Test
    void theDashboardsSessionWritesOnlyWithTheCsrfTokenAndEndsAtLogout() throws Exception {
        var page = http.send(get("/api/me"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("\"authenticated\":false");
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("the page asks /api/me first: its answer brings the CSRF cookie too")
                .anyMatch(header -> header.startsWith("XSRF-TOKEN="));

        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = browser.send(
                json("POST", "/api/login", "{\"username\":\"otto\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"username\":\"otto\"", "\"role\":\"operator\"");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(login.headers().allValues("Set-Cookie"))
                .as("the login's answer brings the CSRF cookie the page echoes on its first write")
                .anyMatch(header -> header.startsWith("XSRF-TOKEN=") && !header.contains("HttpOnly"));
        assertThat(browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"username\":\"otto\"", "\"authenticated\":true");

        var forged = browser.send(json("POST", "/api/production", "{}"), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a write without the CSRF header").isEqualTo(403);
        assertThat(forged.body()).contains("urn:amrs:problem:csrf-refused");

        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        var write = browser.send(
                HttpRequest.newBuilder(uri("/api/production"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as(write.body()).isEqualTo(400);

        browser.send(
                HttpRequest.newBuilder(uri("/api/logout"))
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(browser.send(get("/api/kpis"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void loginsAreThrottledPerUserAndAddressWithoutSayingWhatWasWrong() throws Exception {
        var unknownUser = http.send(
                json("POST", "/api/login", "{\"username\":\"nobody\",\"password\":\"x\"}"),
                HttpResponse.BodyHandlers.ofString());
        var wrongPassword = http.send(
                json("POST", "/api/login", "{\"username\":\"vera\",\"password\":\"wrong\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.body().replace("nobody", ""))
                .isEqualTo(wrongPassword.body().replace("vera", ""));
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        http.send(
                json("POST", "/api/login", "{\"username\":\"vera\",\"password\":\"wrong\"}"),
                HttpResponse.BodyHandlers.discarding());
        http.send(
                json("POST", "/api/login", "{\"username\":\"vera\",\"password\":\"wrong\"}"),
                HttpResponse.BodyHandlers.discarding());
        var locked = http.send(
                json("POST", "/api/login", "{\"username\":\"vera\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After").map(Integer::valueOf))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1, 30));
        assertThat(locked.body()).contains("urn:amrs:problem:too-many-logins");
        assertThat(http.send(
                                json("POST", "/api/login", "{\"username\":\"otto\",\"password\":\"" + PASSWORD + "\"}"),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("another user is not locked")
                .isEqualTo(200);
    }

    @Test
    void anAdminMakesATokenThatIsShownOnceWorksAndIsGoneWhenDeleted() throws Exception {
        var created = http.send(
                authorized(
                        json("POST", "/api/tokens", "{\"name\":\"andon board\",\"role\":\"viewer\"}"),
                        basic("admin", ADMIN_PASSWORD)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(created.body()).contains("\"role\":\"viewer\"", "\"name\":\"andon board\"");

        var listed = http.send(
                authorized(get("/api/tokens"), basic("admin", ADMIN_PASSWORD)), HttpResponse.BodyHandlers.ofString());
        assertThat(listed.body()).contains("andon board").doesNotContain(token);
        assertThat(jdbc.sql("select token_hash from api_tokens")
                        .query(String.class)
                        .single())
                .as("only the hash is kept")
                .isNotEqualTo(token)
                .hasSize(64);
        assertThat(http.send(authorized(get("/api/kpis"), "Bearer " + token), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);

        var deleted = http.send(
                authorized(HttpRequest.newBuilder(uri("/api/tokens/" + id)).DELETE(), basic("admin", ADMIN_PASSWORD)),
                HttpResponse.BodyHandlers.discarding());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(http.send(authorized(get("/api/kpis"), "Bearer " + token), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(401);
        var invalid = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/tokens",
                                "{\"name\":\"\",\"role\":\"boss\",\"expires_at\":\"2000-01-01T00:00:00Z\"}"),
                        basic("admin", ADMIN_PASSWORD)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"name\"", "\"role\"", "\"expires_at\"");
    }

    @Test
    void aTokenOrAUserLimitedToOtherPlantsReadsNothingOfThisOne() throws Exception {
        var north = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/tokens",
                                "{\"name\":\"north board\",\"role\":\"viewer\",\"plants\":[\"north\"]}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(north.statusCode()).as(north.body()).isEqualTo(201);
        assertThat(north.body()).contains("\"plants\":[\"north\"]");
        String northToken = north.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var own = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/tokens",
                                "{\"name\":\"own board\",\"role\":\"viewer\",\"plants\":[\"default\"]}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());
        String ownToken = own.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        var refused =
                http.send(authorized(get("/api/kpis"), "Bearer " + northToken), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not read plant 'default'", "you may read no plant of this site");
        assertThat(http.send(authorized(get("/api/kpis"), "Bearer " + ownToken), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send(authorized(get("/api/tokens"), admin()), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"name\":\"north board\"", "\"plants\":[\"north\"]");
        var badPlant = http.send(
                authorized(
                        json("POST", "/api/tokens", "{\"name\":\"bad\",\"role\":\"viewer\",\"plants\":[\"a/b\"]}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badPlant.statusCode()).isEqualTo(400);
        assertThat(badPlant.body()).contains("plants[0]", "must be a plant id");

        var out = new java.io.ByteArrayOutputStream();
        assertThat(usersCommand(out, PASSWORD, "add", "nora", "--role", "viewer", "--plants", "north,south"))
                .as(out.toString())
                .isZero();
        assertThat(out.toString()).contains("Added user 'nora' with role viewer, limited to the plants north, south.");
        assertThat(http.send(authorized(get("/api/kpis"), basic("nora")), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(403);
        assertThat(usersCommand(out, PASSWORD, "add", "nils", "--role", "viewer", "--plants", "north,a/b"))
                .isEqualTo(2);
        assertThat(out.toString()).contains("--plants: each must be a plant id");
        assertThat(users.find("nils")).isEmpty();
    }

    @Test
    void everyWriteIsAuditedWithWhoDidIt() throws Exception {
        http.send(
                authorized(
                        json("POST", "/api/tokens", "{\"name\":\"audited\",\"role\":\"viewer\"}"),
                        basic("admin", ADMIN_PASSWORD)),
                HttpResponse.BodyHandlers.discarding());
        http.send(
                authorized(json("POST", "/api/production", "{}"), basic("otto")),
                HttpResponse.BodyHandlers.discarding());

        assertThat(jdbc.sql("select username || ' ' || action from audit_events order by id")
                        .query(String.class)
                        .list())
                .as("the refused write is not audited")
                .containsExactly("admin POST /api/tokens");
        assertThat(http.send(get("/api/health"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("/api/health stays open for probes")
                .isIn(200, 503);
    }

    @Test
    void usersAddMakesAUserWhoCanLogIn() throws Exception {
        var out = new java.io.ByteArrayOutputStream();

        int added = usersCommand(out, PASSWORD, "add", "pia", "--role", "operator");

        assertThat(added).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Added user 'pia' with role operator.");
        var login = http.send(
                json("POST", "/api/login", "{\"username\":\"pia\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).contains("\"role\":\"operator\"");
        assertThat(usersCommand(out, PASSWORD, "add", "pia", "--role", "admin"))
                .as("the name is taken")
                .isEqualTo(1);
        assertThat(usersCommand(out, "short", "add", "max", "--role", "viewer")).isEqualTo(2);
        assertThat(usersCommand(out, PASSWORD, "add", "max", "--role", "boss")).isEqualTo(2);
        assertThat(users.find("max")).isEmpty();
        assertThat(jdbc.sql("select password_hash from users where username = 'pia'")
                        .query(String.class)
                        .single())
                .as("only a hash is kept")
                .startsWith("{bcrypt}")
                .doesNotContain(PASSWORD);
    }

    private static int usersCommand(java.io.ByteArrayOutputStream out, String password, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + TestDatabase.jdbcUrl(DATABASE));
        all.add("--spring.datasource.username=postgres");
        all.add("--spring.datasource.password=" + TestDatabase.PASSWORD);
        return UsersCommand.run(
                all.toArray(String[]::new),
                new java.io.BufferedReader(new java.io.StringReader(password + "\n")),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** Every endpoint Spring MVC maps, with what it needs. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.equals("/api/login") || pattern.equals("/api/logout")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (var method : methods.isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    endpoints.add(new Endpoint(method.name(), path, access(method.name(), pattern)));
                }
            }
        });
        return endpoints;
    }

    private static Access access(String method, String pattern) {
        if (pattern.equals("/api/health") || pattern.equals("/api/me")) {
            return Access.OPEN;
        }
        if (pattern.startsWith("/api/tokens") || pattern.startsWith("/api/users")) {
            return Access.ADMIN;
        }
        return method.equals("GET") ? Access.READ : Access.WRITE;
    }

    private static void expect(int status, boolean allowed, int refused) {
        if (allowed) {
            assertThat(status).isNotIn(401, 403);
        } else {
            assertThat(status).isEqualTo(refused);
        }
    }

    private int status(Endpoint endpoint, String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(endpoint.path()))
                .header("Content-Type", "application/json")
                .method(
                        endpoint.method(),
                        endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private int handshake(String path) throws Exception {
        try {
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + path), new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }
}
