package com.amrs.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_tokens} table (DESIGN.md §15): a token is shown once when it is made; only its SHA-256 is
 * kept, so a stolen table gives no token. A token with an expiry past is refused.
 */
@Repository
public class ApiTokens {

    /** A token as listed: never the token itself. */
    public record Token(
            long id,
            String name,
            Role role,
            Instant expiresAt,
            Instant lastUsedAt,
            String createdBy,
            Instant createdAt,
            List<String> plants) {}

    /** A token just made, with the secret shown this once. */
    public record NewToken(Token token, String secret) {}

    /** Who a valid token speaks for; {@code plants} null for every plant. */
    public record Bearer(long id, String name, Role role, List<String> plants) {}

    private static final String PREFIX = "amrs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token that reads every plant. */
    public NewToken create(String name, Role role, Instant expiresAt, String createdBy) {
        return create(name, role, expiresAt, createdBy, null);
    }

    /** A token limited to these plants (null or empty: every plant). */
    public NewToken create(String name, Role role, Instant expiresAt, String createdBy, List<String> plants) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                        insert into api_tokens (name, token_hash, role, expires_at, created_by, created_at, plants)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        name,
                        sha256(secret),
                        role.code(),
                        expiresAt == null ? null : Timestamp.from(expiresAt),
                        createdBy,
                        Timestamp.from(clock.instant()),
                        PlantsColumn.of(plants))
                .query(Long.class)
                .single();
        return new NewToken(find(id).orElseThrow(), secret);
    }

    /** The token's holder when it exists and has not expired; its last use is noted. */
    public Optional<Bearer> authenticate(String secret) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update api_tokens set last_used_at = ?
                        where token_hash = ? and (expires_at is null or expires_at > ?)
                        returning id, name, role, plants""")
                .params(now, sha256(secret), now)
                .query((rs, row) -> new Bearer(
                        rs.getLong(1),
                        rs.getString(2),
                        Role.parse(rs.getString(3)).orElseThrow(),
                        PlantsColumn.read(rs.getArray(4))))
                .optional();
    }

    public List<Token> list() {
        return jdbc.sql("select * from api_tokens order by id")
                .query((rs, row) -> token(rs))
                .list();
    }

    public Optional<Token> find(long id) {
        return jdbc.sql("select * from api_tokens where id = ?")
                .param(id)
                .query((rs, row) -> token(rs))
                .optional();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from api_tokens where id = ?").param(id).update() == 1;
    }

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Token(
                rs.getLong("id"),
                rs.getString("name"),
                Role.parse(rs.getString("role")).orElseThrow(),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                PlantsColumn.read(rs.getArray("plants")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
