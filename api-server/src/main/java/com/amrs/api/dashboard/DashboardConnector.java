package com.amrs.api.dashboard;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.CompressionConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.util.unit.DataSize;

/**
 * The dashboard's own Tomcat connector beside {@code server.port}. It gzips text as nginx.conf does:
 * Spring Boot's {@code server.compression} reaches the main connector only.
 */
class DashboardConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** nginx.conf's gzip_types, and text/html, which nginx always compresses. */
    private static final String[] GZIPPED = {
        "text/html",
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/json",
        "application/problem+json",
        "image/svg+xml",
        "text/csv",
        "text/plain"
    };

    private final int port;

    DashboardConnector(int port) {
        this.port = port;
    }

    /** Runs after Spring Boot's own customizer (order 0), which sets the factory's port to server.port. */
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (factory.getPort() == port) {
            throw new IllegalArgumentException("amrs.api.dashboard.port (DASHBOARD_PORT) must differ from"
                    + " server.port (API_PORT), but both are " + port);
        }
        Connector connector = new Connector(TomcatWebServerFactory.DEFAULT_PROTOCOL);
        // a port in use fails start-up naming this port (with throwOnFailure, Spring Boot would name server.port)
        connector.setPort(port);
        new CompressionConnectorCustomizer(gzip()).customize(connector);
        factory.addAdditionalConnectors(connector);
    }

    private static Compression gzip() {
        var compression = new Compression();
        compression.setEnabled(true);
        compression.setMimeTypes(GZIPPED);
        compression.setMinResponseSize(DataSize.ofBytes(512));
        return compression;
    }
}
