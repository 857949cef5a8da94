package com.amrs.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.launcher.LauncherException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local copy of dashboard/nginx.conf: the very file, with its port, page folder and api-server replaced. */
class NginxConfigTests {

    private static final Path DASHBOARD =
            Path.of("..", "dashboard").toAbsolutePath().normalize();

    @Test
    void theRealConfigurationGetsThisMachinesPortsAndFolder() throws Exception {
        String compose = Files.readString(DASHBOARD.resolve("nginx.conf"));

        String local = NginxConfig.local(compose, DASHBOARD, 18080, 18000);

        assertThat(local)
                .contains("listen 18080;")
                .contains("root " + DASHBOARD + ";")
                .contains("server 127.0.0.1:18000;")
                .doesNotContain("api-server:8000")
                .doesNotContain("/usr/share/nginx/html");
        assertThat(local.lines().count()).isEqualTo(compose.lines().count());
    }

    @Test
    void aConfigurationWithoutOneOfTheLinesIsRefusedByName() {
        assertThatThrownBy(() -> NginxConfig.local("listen 8080;\nroot /usr/share/nginx/html;\n", DASHBOARD, 1, 2))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("'server api-server:8000;' exactly once");
    }
}
