package com.amrs.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.simulator.PlcSimulatorApplication;
import com.amrs.simulator.opcua.PlcClients.Login;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredServerIntegrationTests {

    private final int port = TestSocketUtils.findAvailableTcpPort();
    private ConfigurableApplicationContext simulator;

    @BeforeAll
    void start() {
        simulator = new SpringApplicationBuilder(PlcSimulatorApplication.class)
                .run(
                        "--amrs.simulator.port=" + port,
                        "--amrs.simulator.tick-ms=100",
                        "--OPCUA_USERNAME=operator",
                        "--OPCUA_PASSWORD=s3cret");
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void offersOnlyBasic256Sha256SignAndEncryptEndpoints() throws Exception {
        List<EndpointDescription> endpoints =
                DiscoveryClient.getEndpoints(PlcTestClient.url(port)).get();

        assertThat(endpoints).isNotEmpty().allSatisfy(endpoint -> {
            assertThat(endpoint.getSecurityPolicyUri()).isEqualTo(SecurityPolicy.Basic256Sha256.getUri());
            assertThat(endpoint.getSecurityMode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
        });
    }

    @Test
    void servesTheMachinesToAClientThatLogsIn() throws Exception {
        try (var client = PlcTestClient.connect(port, Optional.of(new Login("operator", "s3cret")))) {
            assertThat(client.readAll(List.of("OPC-UA-M1"), MachineVariable.STATE)
                            .getFirst()
                            .getValue()
                            .getValue())
                    .isIn("RUNNING", "IDLE", "DOWN");
        }
    }

    @Test
    void refusesAWrongPasswordAndAnonymousClients() {
        assertThatThrownBy(() -> PlcTestClient.connect(port, Optional.of(new Login("operator", "wrong")))
                        .close())
                .isNotNull();
        assertThatThrownBy(() -> PlcTestClient.connect(port).close()).hasMessageContaining("no endpoint selected");
    }

    @Test
    void healthCheckLogsInWithTheSimulatorsCredentials() {
        var output = new ByteArrayOutputStream();
        Map<String, String> environment = Map.of("OPCUA_USERNAME", "operator", "OPCUA_PASSWORD", "s3cret");

        int exitCode = HealthCheck.run(
                new String[] {PlcTestClient.url(port)},
                environment,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exitCode).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
