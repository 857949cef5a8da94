package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Without {@code amrs.security.oidc.issuer-uri} (the REST tests' context, reads open) nothing of the OIDC login
 * is there: no client registration, no endpoint, no link for the dashboard.
 */
class WithoutSingleSignOnIntegrationTests extends RestIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void meOffersNoSingleSignOnAndItsPathsAreNotThere() {
        assertThat(mvc.get().uri("/api/me"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.sso_login")
                .isNull();
        assertThat(mvc.get().uri("/api/login/oidc/amrs")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/login/oidc/callback/amrs?code=c&state=s"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
    }
}
