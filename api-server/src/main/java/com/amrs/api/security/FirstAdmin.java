package com.amrs.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At the first start (no user yet) with {@code AMRS_ADMIN_PASSWORD} set: user {@code admin}, role admin. */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts users;
    private final SecurityProperties security;

    FirstAdmin(UserAccounts users, SecurityProperties security) {
        this.users = users;
        this.security = security;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = security.adminPassword();
        if (password == null || password.isBlank() || users.any()) {
            return;
        }
        if (users.add(NAME, password, Role.ADMIN)) {
            log.info("Created the first user '{}' (role admin) with AMRS_ADMIN_PASSWORD", NAME);
        }
    }
}
