package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amrs.testsupport.FreePorts;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A provider that does not answer: the login fails, clearly, and nothing asked it before the first login. */
class OidcLoginTests {

    @Test
    void aProviderThatDoesNotAnswerMakesTheLoginUnavailable() throws IOException {
        int closed = FreePorts.next();
        var registrations = new IssuerClientRegistrations(
                new SecurityProperties.Oidc("http://127.0.0.1:" + closed, "amrs", null, null, null));

        Throwable failure = catchThrowable(() -> registrations.findByRegistrationId(IssuerClientRegistrations.ID));

        assertThat(failure).isInstanceOf(IssuerClientRegistrations.ProviderUnavailableException.class);
        // the redirect filter wraps it so (in an AuthenticationException of its own)
        assertThat(OidcLogin.error(new AuthenticationServiceException("wrapped", failure)))
                .isEqualTo("unavailable");
        assertThat(registrations.findByRegistrationId("other"))
                .as("an id that is not ours")
                .isNull();
    }

    @Test
    void theDashboardIsToldNoMoreThanWhyInOneWord() {
        assertThat(OidcLogin.error(new OAuth2AuthenticationException(new OAuth2Error(OidcUserMapper.NO_ROLE))))
                .isEqualTo("no-role");
        assertThat(OidcLogin.error(new OAuth2AuthenticationException(new OAuth2Error("access_denied"))))
                .isEqualTo("failed");
        assertThat(OidcLogin.error(new BadCredentialsException("x"))).isEqualTo("failed");
    }
}
