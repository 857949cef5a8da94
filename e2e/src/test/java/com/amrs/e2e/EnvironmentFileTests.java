package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** .env.example: every variable a service reads, with defaults that work as they are. */
class EnvironmentFileTests {

    /** DESIGN.md §2. */
    private static final List<String> DESIGN_VARIABLES = List.of(
            "DB_HOST",
            "DB_PORT",
            "DB_NAME",
            "DB_USER",
            "DB_PASSWORD",
            "OPCUA_SERVER_URL",
            "EMAIL_SENDER",
            "EMAIL_RECEIVER",
            "EMAIL_PASSWORD",
            "SMTP_SERVER",
            "SMTP_PORT",
            "PLANT_TIMEZONE",
            "OPCUA_PORT",
            "SIM_MACHINES",
            "SIM_TICK_MS",
            "SIM_SEED",
            "API_PORT",
            "POLL_INTERVAL_MS",
            "API_KEY",
            "REPORTS_DIR",
            "REPORT_DAYS",
            "SMTP_STARTTLS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Repository repository = Repository.fromSystemProperties();

    @Test
    void namesEveryVariableOfTheDesign() throws IOException {
        assertThat(example().keySet()).containsAll(DESIGN_VARIABLES);
    }

    @Test
    void namesEveryVariableTheServicesRead() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repository.root(), 5)) {
            for (Path file :
                    files.filter(EnvironmentFileTests::isApplicationYaml).toList()) {
                read.addAll(placeholders(Files.readString(file)));
            }
        }
        read.addAll(placeholders(Files.readString(repository.file("config/amrs.yml"))));

        assertThat(read).as("variables in application*.yml and config/amrs.yml").contains("DB_HOST", "API_PORT");
        assertThat(example().keySet()).containsAll(read);
    }

    @Test
    void namesEveryVariableTheComposeFileUses() throws IOException {
        Set<String> used = placeholders(Files.readString(repository.file("docker-compose.yml")));

        assertThat(example().keySet()).containsAll(used);
    }

    @Test
    void itsDefaultsMatchTheComposeServices() throws IOException {
        Map<String, String> example = example();

        assertThat(example)
                .containsEntry("DB_HOST", "db")
                .containsEntry("DB_PORT", "5432")
                .containsEntry("OPCUA_SERVER_URL", "opc.tcp://plc-simulator:4840/freeopcua/server/")
                .containsEntry("API_PORT", "8000")
                .containsEntry("SMTP_SERVER", "mailpit")
                .containsEntry("SMTP_PORT", "1025")
                .containsEntry("PLANT_TIMEZONE", "UTC")
                // writes stay refused until someone chooses a key
                .containsEntry("API_KEY", "");
        assertThat(example.get("DB_PASSWORD")).isNotBlank();
    }

    @Test
    void namesTheSecretsOfUsersAndRolesAndTheFilesThatMayHoldThem() throws IOException {
        assertThat(example())
                .as("DESIGN.md §15")
                .containsEntry("AMRS_ADMIN_PASSWORD", "")
                .containsEntry("DB_MIGRATION_USER", "")
                .containsEntry("DB_MIGRATION_PASSWORD", "")
                .containsKeys("DB_PASSWORD_FILE", "API_KEY_FILE", "AMRS_ADMIN_PASSWORD_FILE", "EMAIL_PASSWORD_FILE");
    }

    @Test
    void secretsAndLocalStateStayOutOfGit() throws IOException {
        List<String> ignored = Files.readAllLines(repository.file(".gitignore"));

        assertThat(ignored).contains(".env", ".amrs/", "reports/");
    }

    /** KEY=value lines, commented ones ({@code # KEY=value}) included; keys must not repeat. */
    private Map<String, String> example() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(.*)$");
        for (String text : Files.readAllLines(repository.file(".env.example"))) {
            Matcher matcher = line.matcher(text);
            if (matcher.matches()) {
                assertThat(variables.put(matcher.group(1), matcher.group(2)))
                        .as(matcher.group(1) + " set twice in .env.example")
                        .isNull();
            }
        }
        return variables;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        // what a comment mentions is not read: examples such as ${PLC_LINE1_PASSWORD:} in config/amrs.yml
        String read = text.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        Matcher matcher = PLACEHOLDER.matcher(read);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        // compose's own escapes for the container's shell ($${POSTGRES_USER})
        names.removeIf(name -> name.startsWith("POSTGRES_"));
        return names;
    }

    private static boolean isApplicationYaml(Path file) {
        String name = file.getFileName().toString();
        return name.matches("application(-[a-z]+)?\\.ya?ml")
                && file.toString().contains("/src/main/resources/")
                && !file.toString().contains("/target/")
                && !file.toString().contains("/node_modules/");
    }
}
