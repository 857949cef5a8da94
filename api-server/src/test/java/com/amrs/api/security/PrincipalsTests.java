package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class PrincipalsTests {

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNameLongerThanTheAuditColumnIsCutToItsWidth() {
        String email = "maintenance.planning.coordinator.second.shift@plant-7.example-manufacturing.com";
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        email, null, List.of(Role.OPERATOR.authority())));

        assertThat(Principals.current()).hasSize(64).isEqualTo(email.substring(0, 64));
    }

    @Test
    void nobodyIsAnonymous() {
        assertThat(Principals.current()).isEqualTo("anonymous");
    }
}
