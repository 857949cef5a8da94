package com.amrs.api.security;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code java -jar api-server.jar users add NAME --role viewer|operator|admin [--plants a,b]} (DESIGN.md §15, §19),
 * limited to those plants when given: the password from standard input (its first line, so that it stays out of the
 * shell's history and the process list), at least {@value AccountRules#MIN_PASSWORD} characters. The same database
 * settings as the api-server; the schema is migrated first. Exit 0 when added, 1 when the name is taken, 2 for a bad
 * command line, password or plant.
 */
public final class UsersCommand {

    public static final String NAME = "users";
    private static final String USAGE =
            "Usage: java -jar api-server.jar users add NAME --role viewer|operator|admin [--plants north,south]"
                    + " < password-file";

    private UsersCommand() {}

    public static int run(String[] args, BufferedReader in, PrintStream out) {
        List<String> springArgs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String roleCode = null;
        List<String> plants = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--role") && i + 1 < args.length) {
                roleCode = args[++i];
            } else if (args[i].equals("--plants") && i + 1 < args.length) {
                plants = List.of(args[++i].split(",", -1));
            } else if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            } else {
                words.add(args[i]);
            }
        }
        Optional<Role> role = Optional.ofNullable(roleCode).flatMap(Role::parse);
        if (words.size() != 2 || !words.getFirst().equals("add") || role.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        String username = words.get(1);
        var badName = AccountRules.username(username);
        if (badName.isPresent()) {
            out.println("The user name " + badName.get().message() + ".");
            return 2;
        }
        var badPlants = AccountRules.plants(plants);
        if (!badPlants.isEmpty()) {
            out.println("--plants: each " + badPlants.getFirst().message() + ".");
            return 2;
        }
        String password = firstLine(in);
        var badPassword = AccountRules.password(password);
        if (badPassword.isPresent()) {
            out.println("The password (standard input, first line) "
                    + badPassword.get().message() + ".");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .run(springArgs.toArray(String[]::new))) {
            if (!context.getBean(UserAccounts.class).add(username, password, role.get(), plants)) {
                out.println("User '" + username + "' exists already; nothing was changed.");
                return 1;
            }
            out.println("Added user '" + username + "' with role " + role.get().code()
                    + (plants == null ? "." : ", limited to the plants " + String.join(", ", plants) + "."));
            return 0;
        }
    }

    private static String firstLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The database and the users table only: no web server, no collector. */
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class
    })
    @Import(UserAccounts.class)
    static class Settings {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }
}
