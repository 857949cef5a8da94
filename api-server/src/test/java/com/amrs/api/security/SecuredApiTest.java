package com.amrs.api.security;

import com.amrs.api.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The api-server with reads closed over real HTTP and a real PostgreSQL, the OIDC login at the in-JVM
 * {@link AuthorizationServer}, one Spring context for every security test: the first admin, a viewer
 * {@code vera} and an operator {@code otto}, no token, no audit.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.api.api-key=" + SecuredApiTest.API_KEY,
            "amrs.security.anonymous-read=false",
            "amrs.security.admin-password=" + SecuredApiTest.ADMIN_PASSWORD,
            "amrs.security.login-attempts=3",
            "amrs.security.login-lockout=30s",
            "amrs.security.oidc.client-id=" + AuthorizationServer.CLIENT_ID,
            "amrs.security.oidc.client-secret=" + AuthorizationServer.CLIENT_SECRET,
            "amrs.api.reports-dir=target/test-reports/security"
        })
abstract class SecuredApiTest {

    static final String API_KEY = "security-test-api-key";
    static final String ADMIN_PASSWORD = "first-admin-password";
    static final String PASSWORD = "a-long-enough-password";
    static final String DATABASE = "amrs_security";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void databaseAndProvider(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATABASE);
        registry.add("amrs.security.oidc.issuer-uri", AuthorizationServer::issuer);
    }

    @BeforeEach
    void usersAndTokens() {
        jdbc.sql("delete from users where username <> 'admin'").update();
        jdbc.sql("update users set role = 'admin', enabled = true where username = 'admin'")
                .update();
        jdbc.sql("truncate api_tokens, audit_events").update();
        users.add("vera", PASSWORD, Role.VIEWER);
        users.add("otto", PASSWORD, Role.OPERATOR);
    }

    HttpRequest json(String method, String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    static HttpRequest authorized(HttpRequest request, String authorization) {
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", authorization)
                .build();
    }

    static HttpRequest authorized(HttpRequest.Builder request, String authorization) {
        return request.header("Authorization", authorization).build();
    }

    static String basic(String user) {
        return basic(user, PASSWORD);
    }

    static String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
