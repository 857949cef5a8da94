package com.amrs.api.security;

import com.amrs.config.plant.PlantProperties;
import com.amrs.core.validation.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a user's name and password must be, for {@code users add} and {@code /api/users} alike. */
final class AccountRules {

    static final int MIN_PASSWORD = 12;
    /** bcrypt reads no further: a longer password would be cut without a word. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private AccountRules() {}

    static Optional<FieldViolation> username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of(new FieldViolation(
                    "username", "must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit"));
        }
        return Optional.empty();
    }

    static Optional<FieldViolation> password(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of(new FieldViolation("password", "must have at least " + MIN_PASSWORD + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(new FieldViolation("password", "must have at most " + MAX_PASSWORD_BYTES + " bytes"));
        }
        return Optional.empty();
    }

    /** Each plant a user is limited to must be a plant id ({@code amrs.plant.id}); none limits nothing. */
    static List<FieldViolation> plants(List<String> plants) {
        List<FieldViolation> violations = new ArrayList<>();
        if (plants == null) {
            return violations;
        }
        for (int i = 0; i < plants.size(); i++) {
            if (!PlantProperties.isPlantId(plants.get(i))) {
                violations.add(new FieldViolation(
                        "plants[" + i + "]", "must be a plant id: 1 to 64 letters, digits, '_', '.' or '-'"));
            }
        }
        return violations;
    }
}
