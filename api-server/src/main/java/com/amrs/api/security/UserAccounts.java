package com.amrs.api.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The {@code users} table: names, password hashes and roles (DESIGN.md §15). */
@Repository
public class UserAccounts implements UserDetailsService {

    /** A user as listed: never the hash. */
    public record Account(long id, String username, Role role, boolean enabled) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from users where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(Role.parse(rs.getString(3)).orElseThrow().authority())
                        .disabled(!rs.getBoolean(4))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    /** Adds a user with the password hashed; false when the name is taken. */
    public boolean add(String username, String password, Role role) {
        return jdbc.sql("""
                        insert into users (username, password_hash, role) values (?, ?, ?)
                        on conflict (username) do nothing""")
                        .params(username, passwords.encode(password), role.code())
                        .update()
                == 1;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from users)")
                .query(Boolean.class)
                .single();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select id, username, role, enabled from users where username = ?")
                .param(username)
                .query((rs, row) -> new Account(
                        rs.getLong(1),
                        rs.getString(2),
                        Role.parse(rs.getString(3)).orElseThrow(),
                        rs.getBoolean(4)))
                .optional();
    }

    public List<Account> list() {
        return jdbc.sql("select id, username, role, enabled from users order by username")
                .query((rs, row) -> new Account(
                        rs.getLong(1),
                        rs.getString(2),
                        Role.parse(rs.getString(3)).orElseThrow(),
                        rs.getBoolean(4)))
                .list();
    }
}
