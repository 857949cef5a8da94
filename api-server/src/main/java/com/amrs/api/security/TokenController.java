package com.amrs.api.security;

import com.amrs.api.system.ApiException;
import com.amrs.core.validation.FieldViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tokens} (DESIGN.md §15, admin): API tokens for scripts and screens, shown once when made. */
@RestController
class TokenController {

    /** @param plants the plants the token may read (DESIGN.md §19); absent or empty: every plant */
    record TokenRequest(String name, String role, Instant expiresAt, List<String> plants) {}

    record CreatedToken(long id, String name, String role, Instant expiresAt, List<String> plants, String token) {}

    /** @param plants null: every plant */
    record TokenView(
            long id,
            String name,
            String role,
            Instant expiresAt,
            Instant lastUsedAt,
            String createdBy,
            List<String> plants) {

        static TokenView of(ApiTokens.Token token) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    token.role().code(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.createdBy(),
                    token.plants());
        }
    }

    private final ApiTokens tokens;
    private final Clock clock;

    TokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping("/api/tokens")
    ResponseEntity<CreatedToken> create(@RequestBody TokenRequest request, Authentication admin) {
        Role role = checked(request);
        var created =
                tokens.create(request.name().strip(), role, request.expiresAt(), admin.getName(), request.plants());
        var token = created.token();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedToken(
                        token.id(),
                        token.name(),
                        token.role().code(),
                        token.expiresAt(),
                        token.plants(),
                        created.secret()));
    }

    @GetMapping("/api/tokens")
    List<TokenView> list() {
        return tokens.list().stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        if (!tokens.delete(id)) {
            throw ApiException.notFound("Token " + id);
        }
    }

    private Role checked(TokenRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.name() == null
                || request.name().isBlank()
                || request.name().strip().length() > 64) {
            violations.add(new FieldViolation("name", "is required, 1 to 64 characters"));
        }
        Role role = request.role() == null ? null : Role.parse(request.role()).orElse(null);
        if (role == null) {
            violations.add(new FieldViolation("role", "must be viewer, operator or admin"));
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            violations.add(new FieldViolation("expires_at", "must be in the future"));
        }
        violations.addAll(AccountRules.plants(request.plants()));
        if (!violations.isEmpty()) {
            throw ApiException.invalidRequest("The token request is invalid; no token was made.", violations);
        }
        return role;
    }
}
