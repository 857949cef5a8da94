package com.amrs.api.security;

import com.amrs.api.system.ApiException;
import com.amrs.core.validation.FieldViolation;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users} (admin): the users who log in with a password, as {@code users add} makes them. A user
 * deleted, disabled or given another role is logged out everywhere at once; the last enabled admin cannot be
 * removed or demoted.
 */
@RestController
class UserController {

    /** @param plants the plants the user may read (DESIGN.md §19); absent or empty: every plant */
    record NewUser(String username, String role, String password, List<String> plants) {}

    /** @param plants absent: unchanged; empty: every plant */
    record UserChange(String role, Boolean enabled, String password, List<String> plants) {}

    /** @param plants null: every plant */
    record UserView(long id, String username, String role, boolean enabled, Instant createdAt, List<String> plants) {

        static UserView of(UserAccounts.Account account) {
            return new UserView(
                    account.id(),
                    account.username(),
                    account.role().code(),
                    account.enabled(),
                    account.createdAt(),
                    account.plants());
        }
    }

    private final UserAccounts users;
    private final UserSessions sessions;

    UserController(UserAccounts users, UserSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/api/users")
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/users")
    ResponseEntity<UserView> add(@RequestBody NewUser request) {
        List<FieldViolation> violations = new ArrayList<>();
        AccountRules.username(request.username()).ifPresent(violations::add);
        Optional<Role> role = role(request.role(), violations);
        if (role.isEmpty() && request.role() == null) {
            violations.add(new FieldViolation("role", "is required: viewer, operator or admin"));
        }
        AccountRules.password(request.password()).ifPresent(violations::add);
        AccountRules.plants(request.plants()).forEach(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalidRequest("The user is invalid; no user was added.", violations);
        }
        if (!users.add(request.username(), request.password(), role.orElseThrow(), request.plants())) {
            throw ApiException.userExists(request.username());
        }
        UserView added = UserView.of(users.find(request.username()).orElseThrow());
        return ResponseEntity.created(URI.create("/api/users/" + added.username()))
                .body(added);
    }

    @PatchMapping("/api/users/{username}")
    UserView change(@PathVariable String username, @RequestBody UserChange request) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Role> role = role(request.role(), violations);
        if (request.password() != null) {
            AccountRules.password(request.password()).ifPresent(violations::add);
        }
        AccountRules.plants(request.plants()).forEach(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalidRequest("The change is invalid; nothing was changed.", violations);
        }
        var before = users.find(username);
        refused(
                username,
                users.change(
                        username,
                        new UserAccounts.Change(
                                role.orElse(null), request.enabled(), request.password(), request.plants())));
        UserAccounts.Account after = users.find(username).orElseThrow();
        if (after.role() != before.orElseThrow().role()
                || !after.enabled()
                || request.password() != null
                || !Objects.equals(after.plants(), before.orElseThrow().plants())) {
            sessions.end(username);
        }
        return UserView.of(after);
    }

    @DeleteMapping("/api/users/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username) {
        refused(username, users.delete(username));
        sessions.end(username);
    }

    private static Optional<Role> role(String code, List<FieldViolation> violations) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Role> role = Role.parse(code);
        if (role.isEmpty()) {
            violations.add(new FieldViolation("role", "must be viewer, operator or admin"));
        }
        return role;
    }

    private static void refused(String username, Optional<UserAccounts.Refusal> refusal) {
        refusal.ifPresent(reason -> {
            throw switch (reason) {
                case UNKNOWN_USER -> ApiException.notFound("User '" + username + "'");
                case LAST_ADMIN -> ApiException.lastAdmin(username);
            };
        });
    }
}
