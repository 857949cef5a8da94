package com.amrs.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start a service with a weak secret (DESIGN.md §15, {@link SecretRule}). The secrets are the keys
 * whose value in the service's settings reads one of the variables in {@link #VARIABLES} ({@code password:
 * ${DB_PASSWORD:}}), so a service checks the secrets it uses and no service keeps a list of its own. A secret
 * left empty is off ({@code API_KEY}: writes refused), except the database password of a service that has a
 * database. Runs once every setting is in, tests' dynamic properties too, and before any bean is made.
 */
class SecretsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The variables of secrets; {@code DB_PASSWORD} must be set where there is a {@link DataSource}. */
    static final Set<String> VARIABLES =
            Set.of("DB_PASSWORD", "DB_MIGRATION_PASSWORD", "API_KEY", "AMRS_ADMIN_PASSWORD");

    private static final String DATABASE_PASSWORD = "DB_PASSWORD";

    /** A value that is one placeholder of an environment variable, with or without a default. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^${}]*)?}");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new Check(context.getEnvironment()));
    }

    /** Each problem, one line per key: {@code key (environment variable NAME) has 8 characters: …}. */
    static List<String> problems(ConfigurableEnvironment environment, boolean hasDatabase) {
        List<String> problems = new ArrayList<>();
        secretKeys(environment).forEach((key, variable) -> {
            String value = value(environment, key);
            boolean optional = !(variable.equals(DATABASE_PASSWORD) && hasDatabase);
            if (optional && value.isEmpty()) {
                return;
            }
            SecretRule.weakness(value)
                    .ifPresent(weakness ->
                            problems.add("%s (environment variable %s) %s".formatted(key, variable, weakness)));
        });
        return problems;
    }

    /** Key to the variable it reads, for every key whose value in some settings file is a secret's variable. */
    private static Map<String, String> secretKeys(ConfigurableEnvironment environment) {
        Map<String, String> keys = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String key : enumerable.getPropertyNames()) {
                    Matcher placeholder = VARIABLE.matcher(String.valueOf(enumerable.getProperty(key)));
                    if (placeholder.matches() && VARIABLES.contains(placeholder.group(1))) {
                        keys.putIfAbsent(key, placeholder.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static String value(ConfigurableEnvironment environment, String key) {
        try {
            String value = environment.getProperty(key);
            return value == null ? "" : value;
        } catch (IllegalArgumentException unresolvable) {
            return "";
        }
    }

    private record Check(ConfigurableEnvironment environment) implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            boolean hasDatabase = beanFactory.getBeanNamesForType(DataSource.class, true, false).length > 0;
            List<String> problems = problems(environment, hasDatabase);
            if (!problems.isEmpty()) {
                throw new SecretException(problems);
            }
        }
    }
}
