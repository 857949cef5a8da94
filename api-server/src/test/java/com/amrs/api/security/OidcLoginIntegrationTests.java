package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OIDC login (DESIGN.md §15) over real HTTP at a real OpenID Connect provider ({@link AuthorizationServer}),
 * as a browser goes through it, redirect by redirect: from the dashboard's link to the provider's login form,
 * back to the api-server, into a session of the password login's kind with the role of the ID token's {@code
 * roles} claim; a user without a role, or with a wrong password, gets no session.
 */
class OidcLoginIntegrationTests extends SecuredApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    /** Where the browser is: a page of the provider, or the dashboard ({@code body} null). */
    private record Page(URI uri, String body) {}

    private final CookieManager cookies = new CookieManager();
    /** The session that waits for the provider's answer (it holds the login's state). */
    private String waitingSession;

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(cookies).build(); // redirects followed by hand

    @BeforeEach
    void providerKnowsTheCallback() {
        AuthorizationServer.allowRedirect(uri("/api/login/oidc/callback/amrs").toString());
        jdbc.sql("truncate audit_events").update();
    }

    @AfterEach
    void noProductionLeft() {
        jdbc.sql("delete from live_production").update();
    }

    @Test
    void meOffersTheSingleSignOn() throws Exception {
        assertThat(send(get("/api/me")).body())
                .contains("\"authenticated\":false", "\"sso_login\":\"/api/login/oidc/amrs\"");
    }

    @Test
    void anOperatorLogsInAtTheProviderAndWritesWithTheSessionAsHerself() throws Exception {
        URI landing = logIn("alice", AuthorizationServer.PASSWORD);

        assertThat(landing).isEqualTo(uri("/"));
        assertThat(waitingSession).isNotNull();
        assertThat(cookie("JSESSIONID")).as("a new session id at the login").isNotEqualTo(waitingSession);
        assertThat(send(get("/api/me")).body())
                .contains("\"username\":\"alice\"", "\"role\":\"operator\"", "\"authenticated\":true");

        String record = """
                {"production_date":"%s","machine_id":"OPC-UA-M1","shift":"A","units_produced":100,\
                "defective_units":1,"downtime_min":0}""".formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        var forged = send(post("/api/production", record, null));
        assertThat(forged.statusCode()).as("a write without the CSRF header").isEqualTo(403);
        var write = send(post("/api/production", record, cookie("XSRF-TOKEN")));
        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        assertThat(jdbc.sql("select username || ' ' || action from audit_events")
                        .query(String.class)
                        .list())
                .containsExactly("alice POST /api/production");
        assertThat(send(get("/api/tokens")).statusCode()).as("an operator").isEqualTo(403);
    }

    @Test
    void anAdminGetsTheAdminRole() throws Exception {
        assertThat(logIn("bob", AuthorizationServer.PASSWORD)).isEqualTo(uri("/"));

        assertThat(send(get("/api/me")).body()).contains("\"username\":\"bob\"", "\"role\":\"admin\"");
        assertThat(send(get("/api/tokens")).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserTheProviderLimitsToOtherPlantsReadsNothingOfThisOne() throws Exception {
        assertThat(logIn("carol", AuthorizationServer.PASSWORD)).isEqualTo(uri("/"));

        assertThat(send(get("/api/me")).body()).contains("\"username\":\"carol\"", "\"role\":\"viewer\"");
        var kpis = send(get("/api/kpis"));
        assertThat(kpis.statusCode()).isEqualTo(403);
        assertThat(kpis.body()).contains("You may not read plant 'default'", "you may read no plant of this site");
    }

    @Test
    void aUserWithoutARoleIsRefusedAndHasNoSession() throws Exception {
        URI landing = logIn("eve", AuthorizationServer.PASSWORD);

        assertThat(landing).isEqualTo(uri("/?login_error=no-role"));
        assertThat(send(get("/api/me")).body()).contains("\"authenticated\":false");
        assertThat(send(get("/api/kpis")).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAtTheProviderNeverComesBackWithASession() throws Exception {
        URI landing = logIn("alice", "not-her-password");

        assertThat(landing.getPath()).isEqualTo("/login");
        assertThat(landing.getQuery()).isEqualTo("error");
        assertThat(send(get("/api/me")).body()).contains("\"authenticated\":false");
        assertThat(send(get("/api/kpis")).statusCode()).isEqualTo(401);
    }

    @Test
    void theCallbackWithoutALoginStartedHereOpensNoSession() throws Exception {
        var callback = send(get("/api/login/oidc/callback/amrs?code=stolen&state=made-up"));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").map(callback.uri()::resolve))
                .hasValue(uri("/?login_error=failed"));
        assertThat(send(get("/api/me")).body()).contains("\"authenticated\":false");
    }

    /**
     * What a browser does after "Log in with single sign-on": follows each redirect, fills in the provider's login
     * form; answers where it lands: back on the api-server's {@code /…}, or on a page of the provider.
     */
    private URI logIn(String user, String password) throws IOException, InterruptedException {
        var start = send(get("/api/login/oidc/amrs"));
        waitingSession = cookie("JSESSIONID");
        var page = follow(start);
        assertThat(page.uri().getPath()).as("the provider's login form").isEqualTo("/login");
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var submitted = send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return follow(submitted).uri();
    }

    /** Follows redirects until a page, or until the api-server sends the browser to the dashboard. */
    private Page follow(HttpResponse<String> response) throws IOException, InterruptedException {
        while (response.statusCode() == 302 || response.statusCode() == 303) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.getPort() == port && next.getPath().equals("/")) {
                return new Page(next, null);
            }
            response = send(HttpRequest.newBuilder(next)
                    .header("Accept", "text/html")
                    .GET()
                    .build());
        }
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
        return new Page(response.uri(), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String json, String csrf) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return request.build();
    }

    private String cookie(String name) {
        return cookies.getCookieStore().get(uri("/")).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
