package com.amrs.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Docker secrets: with {@code DB_PASSWORD_FILE=/run/secrets/db_password} a service reads {@code DB_PASSWORD}
 * from that file (its trailing line break dropped), and so for every secret in {@link #SECRETS}. Setting both
 * a secret and its file, or naming a file that cannot be read, stops start-up naming the variable.
 */
class SecretFiles implements EnvironmentPostProcessor, Ordered {

    /**
     * The secrets that may come from a file: DESIGN.md §15's, the migration role's, SMTP's, OPC-UA's and the OIDC
     * client's.
     */
    static final List<String> SECRETS = List.of(
            "DB_PASSWORD",
            "DB_MIGRATION_PASSWORD",
            "API_KEY",
            "AMRS_ADMIN_PASSWORD",
            "EMAIL_PASSWORD",
            "OPCUA_PASSWORD",
            "AMRS_OIDC_CLIENT_SECRET");

    static final String PROPERTY_SOURCE = "amrsSecretFiles";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : SECRETS) {
            String file = environment.getProperty(name + "_FILE");
            if (!StringUtils.hasText(file)) {
                continue;
            }
            if (StringUtils.hasLength(environment.getProperty(name))) {
                problems.add("%s_FILE and %s are both set: set only one of them".formatted(name, name));
                continue;
            }
            try {
                secrets.put(name, withoutTrailingLineBreaks(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                problems.add("%s_FILE = \"%s\": cannot be read (%s: %s)"
                        .formatted(name, file, e.getClass().getSimpleName(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SecretException(problems);
        }
        if (!secrets.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, secrets));
        }
    }

    /** After the settings files, so that one of them may name the file too. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    private static String withoutTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
