package com.amrs.config;

import static com.amrs.config.SecretsCheckTests.STRONG;
import static com.amrs.config.SecretsCheckTests.start;
import static com.amrs.config.SecretsCheckTests.startFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.config.SecretsCheckTests.WithDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code DB_PASSWORD_FILE} and the other {@code *_FILE} variables of Docker secrets. */
@ExtendWith(OutputCaptureExtension.class)
class SecretFilesTests {

    @TempDir
    Path dir;

    @Test
    void readsASecretFromItsFileWithoutTheTrailingLineBreak() throws IOException {
        Path file = Files.writeString(dir.resolve("db_password"), STRONG + "\n");
        Path key = Files.writeString(dir.resolve("api_key"), "k3y-from-a-file-0042\r\n");
        Path mail = Files.writeString(dir.resolve("email_password"), "smtp pass word ");

        try (var context = start(
                WithDatabase.class,
                "--DB_PASSWORD_FILE=" + file,
                "--API_KEY_FILE=" + key,
                "--EMAIL_PASSWORD_FILE=" + mail)) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
                    .isEqualTo(STRONG);
            assertThat(context.getEnvironment().getProperty("amrs.sample.api-key"))
                    .isEqualTo("k3y-from-a-file-0042");
            assertThat(context.getEnvironment().getProperty("amrs.sample.mail-password"))
                    .isEqualTo("smtp pass word ");
        }
    }

    @Test
    void readsTheOidcClientSecretFromItsFile() throws IOException {
        Path file = Files.writeString(dir.resolve("oidc_client_secret"), "issued-by-the-provider\n");

        try (var context =
                start(WithDatabase.class, "--DB_PASSWORD=" + STRONG, "--AMRS_OIDC_CLIENT_SECRET_FILE=" + file)) {
            assertThat(context.getEnvironment().getProperty("AMRS_OIDC_CLIENT_SECRET"))
                    .isEqualTo("issued-by-the-provider");
        }
    }

    @Test
    void aWeakSecretInAFileIsRefusedToo(CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("db_password"), "change-me\n");

        startFails(WithDatabase.class, "--DB_PASSWORD_FILE=" + file);

        assertThat(output)
                .contains("  spring.datasource.password (environment variable DB_PASSWORD) is the placeholder");
    }

    @Test
    void refusesASecretSetTwice(CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("db_password"), STRONG);

        startFails(WithDatabase.class, "--DB_PASSWORD_FILE=" + file, "--DB_PASSWORD=" + STRONG);

        assertThat(output)
                .contains("APPLICATION FAILED TO START", "Invalid configuration:")
                .contains("  DB_PASSWORD_FILE and DB_PASSWORD are both set: set only one of them");
    }

    @Test
    void refusesAFileThatCannotBeReadNamingTheVariable(CapturedOutput output) {
        Path missing = dir.resolve("no-such-secret");

        startFails(WithDatabase.class, "--AMRS_ADMIN_PASSWORD_FILE=" + missing, "--DB_PASSWORD=" + STRONG);

        assertThat(output)
                .contains("  AMRS_ADMIN_PASSWORD_FILE = \"" + missing + "\": cannot be read (NoSuchFileException: "
                        + missing + ")");
    }
}
