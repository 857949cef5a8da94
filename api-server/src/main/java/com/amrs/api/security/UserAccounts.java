package com.amrs.api.security;

import com.amrs.api.system.PlantAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code users} table: names, password hashes and roles (DESIGN.md §15). */
@Repository
public class UserAccounts implements UserDetailsService {

    /**
     * A user as listed: never the hash.
     *
     * @param plants the plants the user may read (DESIGN.md §19), null for every plant
     */
    public record Account(
            long id, String username, Role role, boolean enabled, Instant createdAt, List<String> plants) {}

    /** What an admin changes of a user; null keeps it, and an empty list of plants is every plant. */
    public record Change(Role role, Boolean enabled, String password, List<String> plants) {}

    /** Why a change or deletion was not made. */
    public enum Refusal {
        UNKNOWN_USER,
        LAST_ADMIN
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled, plants from users where username = ?")
                .param(username)
                .query((rs, row) -> {
                    List<GrantedAuthority> authorities =
                            new ArrayList<>(PlantAccess.authorities(PlantsColumn.read(rs.getArray(5))));
                    authorities.add(Role.parse(rs.getString(3)).orElseThrow().authority());
                    return User.withUsername(rs.getString(1))
                            .password(rs.getString(2))
                            .authorities(authorities)
                            .disabled(!rs.getBoolean(4))
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    /** Adds a user with the password hashed; false when the name is taken. */
    public boolean add(String username, String password, Role role) {
        return add(username, password, role, null);
    }

    /** As above, limited to these plants (null or empty: every plant). */
    public boolean add(String username, String password, Role role, List<String> plants) {
        return jdbc.sql("""
                        insert into users (username, password_hash, role, plants) values (?, ?, ?, ?)
                        on conflict (username) do nothing""")
                        .params(username, passwords.encode(password), role.code(), PlantsColumn.of(plants))
                        .update()
                == 1;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from users)")
                .query(Boolean.class)
                .single();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(SELECT + " where username = ?")
                .param(username)
                .query(UserAccounts::account)
                .optional();
    }

    public List<Account> list() {
        return jdbc.sql(SELECT + " order by username")
                .query(UserAccounts::account)
                .list();
    }

    /**
     * Changes a user, unless it would leave no enabled admin: the admins' rows stay locked until the
     * change is made, so that two admins demoting each other at once cannot both succeed.
     */
    @Transactional
    public Optional<Refusal> change(String username, Change change) {
        Optional<Account> account = find(username);
        if (account.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_USER);
        }
        Role role = change.role() == null ? account.get().role() : change.role();
        boolean enabled = change.enabled() == null ? account.get().enabled() : change.enabled();
        if (!(role == Role.ADMIN && enabled) && leavesNoAdmin(username)) {
            return Optional.of(Refusal.LAST_ADMIN);
        }
        List<String> plants = change.plants() == null ? account.get().plants() : change.plants();
        jdbc.sql("update users set role = ?, enabled = ?, password_hash = coalesce(?, password_hash), plants = ?"
                        + " where username = ?")
                .params(
                        role.code(),
                        enabled,
                        change.password() == null ? null : passwords.encode(change.password()),
                        PlantsColumn.of(plants),
                        username)
                .update();
        return Optional.empty();
    }

    /** Deletes a user, unless it is the last enabled admin. */
    @Transactional
    public Optional<Refusal> delete(String username) {
        if (find(username).isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_USER);
        }
        if (leavesNoAdmin(username)) {
            return Optional.of(Refusal.LAST_ADMIN);
        }
        jdbc.sql("delete from users where username = ?").param(username).update();
        return Optional.empty();
    }

    /** Whether this user is the one enabled admin; locks the enabled admins' rows. */
    private boolean leavesNoAdmin(String username) {
        List<String> admins = jdbc.sql("select username from users where role = 'admin' and enabled for update")
                .query(String.class)
                .list();
        return admins.equals(List.of(username));
    }

    private static final String SELECT = "select id, username, role, enabled, created_at, plants from users";

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong(1),
                rs.getString(2),
                Role.parse(rs.getString(3)).orElseThrow(),
                rs.getBoolean(4),
                rs.getTimestamp(5).toInstant(),
                PlantsColumn.read(rs.getArray(6)));
    }
}
