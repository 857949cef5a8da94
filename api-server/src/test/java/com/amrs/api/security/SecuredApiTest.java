package com.amrs.api.security;

import com.amrs.api.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole api-server with reads closed on a real PostgreSQL and a free port, collector off, login throttled
 * after three failures, and the OIDC login at the in-JVM {@link AuthorizationServer}: one Spring context,
 * shared by every class that extends this one.
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

    @DynamicPropertySource
    static void databaseAndProvider(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_security");
        registry.add("amrs.security.oidc.issuer-uri", AuthorizationServer::issuer);
    }
}
