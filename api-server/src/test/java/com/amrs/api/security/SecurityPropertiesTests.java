package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code amrs.security.oidc}: application.yml maps the environment variables; a bad value stops start-up naming its key. */
class SecurityPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues("AMRS_CONFIG=target/no-such-file.yml");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    static class PropertiesOnly {}

    @Test
    void withoutAnIssuerThereIsNoSingleSignOn() {
        runner.run(context -> {
            var oidc = context.getBean(SecurityProperties.class).oidc();
            assertThat(oidc.enabled()).isFalse();
            assertThat(oidc.rolesClaim()).isEqualTo("roles");
        });
    }

    @Test
    void readsTheEnvironmentVariables() {
        runner.withPropertyValues(
                        "AMRS_OIDC_ISSUER_URI=https://login.example.com/realms/plant",
                        "AMRS_OIDC_CLIENT_ID=amrs",
                        "AMRS_OIDC_CLIENT_SECRET=from-the-provider",
                        "AMRS_OIDC_ROLES_CLAIM=realm_access.roles",
                        "AMRS_OIDC_PLANTS_CLAIM=plants")
                .run(context -> {
                    var oidc = context.getBean(SecurityProperties.class).oidc();
                    assertThat(oidc.enabled()).isTrue();
                    assertThat(oidc)
                            .isEqualTo(new SecurityProperties.Oidc(
                                    "https://login.example.com/realms/plant",
                                    "amrs",
                                    "from-the-provider",
                                    "realm_access.roles",
                                    "plants"));
                });
    }

    @Test
    void emptyVariablesAreUnsetAndAnEmptyRolesClaimIsRoles() {
        runner.withPropertyValues(
                        "AMRS_OIDC_ISSUER_URI=",
                        "AMRS_OIDC_CLIENT_ID=",
                        "AMRS_OIDC_CLIENT_SECRET=",
                        "AMRS_OIDC_ROLES_CLAIM=",
                        "AMRS_OIDC_PLANTS_CLAIM=")
                .run(context -> {
                    var oidc = context.getBean(SecurityProperties.class).oidc();
                    assertThat(oidc.enabled()).isFalse();
                    assertThat(oidc.rolesClaim()).isEqualTo("roles");
                    assertThat(oidc.plantsClaim()).isEqualTo("amrs_plants");
                });
    }

    @Test
    void aPublicClientHasNoSecret() {
        runner.withPropertyValues("AMRS_OIDC_ISSUER_URI=http://keycloak:8080/realms/plant", "AMRS_OIDC_CLIENT_ID=amrs")
                .run(context -> assertThat(
                                context.getBean(SecurityProperties.class).oidc().clientSecret())
                        .isNull());
    }

    @Test
    void refusesAnIssuerThatIsNoHttpUrl() {
        assertStartupFailsNaming(
                "amrs.security.oidc.issuer-uri", "AMRS_OIDC_ISSUER_URI=not a url", "AMRS_OIDC_CLIENT_ID=amrs");
        assertStartupFailsNaming(
                "amrs.security.oidc.issuer-uri",
                "AMRS_OIDC_ISSUER_URI=ftp://login.example.com",
                "AMRS_OIDC_CLIENT_ID=amrs");
    }

    @Test
    void refusesAnIssuerWithoutAClientId() {
        assertStartupFailsNaming("amrs.security.oidc.client-id", "AMRS_OIDC_ISSUER_URI=https://login.example.com");
    }

    private void assertStartupFailsNaming(String key, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(key);
        });
    }

    private static String messages(Throwable failure) {
        var text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
