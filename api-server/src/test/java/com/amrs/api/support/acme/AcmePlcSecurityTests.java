package com.amrs.api.support.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.Test;

class AcmePlcSecurityTests {

    private final AcmePlc shared = AcmePlc.shared();
    private final String goodCount = shared.nodes("Filler1").get("good_count");

    @Test
    void securedEndpointLetsTheCollectorLogIn() throws Exception {
        try (var client = AcmeTestClient.login(shared, AcmePlc.USERNAME, AcmePlc.PASSWORD)) {
            assertThat(client.client().getConfig().getEndpoint().getSecurityPolicyUri())
                    .isEqualTo(SecurityPolicy.Basic256Sha256.getUri());
            assertThat(client.read(List.of(goodCount)))
                    .allMatch(value -> value.statusCode().isGood());
        }
    }

    @Test
    void securedEndpointRefusesAWrongPassword() {
        assertThatThrownBy(() -> AcmeTestClient.login(shared, AcmePlc.USERNAME, "wrong"))
                .isInstanceOfSatisfying(
                        UaException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(StatusCodes.Bad_UserAccessDenied));
    }

    @Test
    void offersAnonymousLoginWithoutSecurityAndUsernameLoginWithIt() throws Exception {
        Map<String, List<UserTokenType>> logins = DiscoveryClient.getEndpoints(shared.endpointUrl()).get().stream()
                .collect(Collectors.toMap(EndpointDescription::getSecurityPolicyUri, AcmePlcSecurityTests::logins));

        assertThat(logins)
                .containsOnly(
                        entry(SecurityPolicy.None.getUri(), List.of(UserTokenType.Anonymous)),
                        entry(SecurityPolicy.Basic256Sha256.getUri(), List.of(UserTokenType.UserName)));
    }

    @Test
    void securedOnlyPlcOffersNothingElse() throws Exception {
        try (AcmePlc plc = AcmePlc.start(AcmeSpec.defaultLine().securedOnly())) {
            List<EndpointDescription> endpoints =
                    DiscoveryClient.getEndpoints(plc.endpointUrl()).get();

            assertThat(endpoints).singleElement().satisfies(endpoint -> {
                assertThat(endpoint.getSecurityPolicyUri()).isEqualTo(SecurityPolicy.Basic256Sha256.getUri());
                assertThat(endpoint.getSecurityMode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
                assertThat(endpoint.getEndpointUrl()).isEqualTo(plc.endpointUrl());
            });
            assertThatThrownBy(() -> AcmeTestClient.anonymous(plc))
                    .isInstanceOfSatisfying(
                            UaException.class,
                            e -> assertThat(e.getStatusCode().value()).isEqualTo(StatusCodes.Bad_ConfigurationError));
            AcmeTestClient.login(plc, AcmePlc.USERNAME, AcmePlc.PASSWORD).close();
        }
    }

    @Test
    void everyInstanceServesTheOneCertificateOfTheJvm() throws Exception {
        try (AcmePlc plc = AcmePlc.start(AcmeSpec.defaultLine())) {
            plc.restart();

            assertThat(plc.serverCertificate()).isEqualTo(shared.serverCertificate());
            assertThat(Files.readAllBytes(plc.serverCertificateFile())).isEqualTo(plc.serverCertificateDer());
            assertThat(DiscoveryClient.getEndpoints(plc.endpointUrl()).get())
                    .allSatisfy(endpoint ->
                            assertThat(endpoint.getServerCertificate().bytes()).isEqualTo(plc.serverCertificateDer()));
        }
    }

    private static List<UserTokenType> logins(EndpointDescription endpoint) {
        return Stream.of(endpoint.getUserIdentityTokens())
                .map(UserTokenPolicy::getTokenType)
                .toList();
    }
}
