package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/users} as an admin uses it: users added, listed, changed and deleted; a change that takes
 * someone's rights away logs them out at once; the last admin stays.
 */
class UsersEndpointIntegrationTests extends SecuredApiTest {

    @Test
    void anAdminAddsAUserWhoLogsInAndIsListedWithoutAHash() throws Exception {
        var added = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/users",
                                "{\"username\":\"lena\",\"role\":\"operator\",\"password\":\"" + PASSWORD + "\"}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/users/lena");
        assertThat(added.body()).contains("\"username\":\"lena\"", "\"role\":\"operator\"", "\"enabled\":true");
        assertThat(status(authorized(get("/api/me"), basic("lena")))).isEqualTo(200);
        var listed = http.send(authorized(get("/api/users"), admin()), HttpResponse.BodyHandlers.ofString());
        assertThat(listed.body())
                .contains("\"username\":\"admin\"", "\"username\":\"lena\"", "\"username\":\"otto\"")
                .contains("created_at")
                .doesNotContain("bcrypt", "password");
        assertThat(jdbc.sql("select username || ' ' || action || ' ' || target from audit_events")
                        .query(String.class)
                        .list())
                .containsExactly("admin POST /api/users /api/users");
    }

    @Test
    void aUserLimitedToOtherPlantsReadsNothingOfThisOneUntilAnAdminAddsIt() throws Exception {
        var added = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/users",
                                "{\"username\":\"pia\",\"role\":\"viewer\",\"password\":\"" + PASSWORD
                                        + "\",\"plants\":[\"north\"]}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"plants\":[\"north\"]");

        var refused =
                http.send(authorized(get("/api/kpis?days=1"), basic("pia")), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("urn:amrs:problem:forbidden", "You may not read plant 'default'; you may read no plant");
        assertThat(http.send(authorized(get("/api/plants?days=1"), basic("pia")), HttpResponse.BodyHandlers.ofString())
                        .body())
                .isEqualTo("[]");
        assertThat(status(authorized(get("/api/kpis?days=1"), basic("vera"))))
                .as("a user of every plant")
                .isEqualTo(200);

        var widened = http.send(
                authorized(json("PATCH", "/api/users/pia", "{\"plants\":[\"north\",\"default\"]}"), admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(widened.body()).contains("\"plants\":[\"default\",\"north\"]");
        assertThat(status(authorized(get("/api/kpis?days=1"), basic("pia")))).isEqualTo(200);
        var unlimited = http.send(
                authorized(json("PATCH", "/api/users/pia", "{\"plants\":[]}"), admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unlimited.body()).contains("\"plants\":null");

        var bad = http.send(
                authorized(json("PATCH", "/api/users/pia", "{\"plants\":[\"north/2\"]}"), admin()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"plants[0]\"", "must be a plant id");
    }

    @Test
    void aBadUserIsRefusedNamingEachField() throws Exception {
        var invalid = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/users",
                                "{\"username\":\"bad name\",\"role\":\"boss\",\"password\":\"short\"}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());
        var taken = http.send(
                authorized(
                        json(
                                "POST",
                                "/api/users",
                                "{\"username\":\"otto\",\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}"),
                        admin()),
                HttpResponse.BodyHandlers.ofString());

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"username\"", "\"role\"", "\"password\"");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("urn:amrs:problem:user-exists");
        assertThat(users.find("otto").orElseThrow().role())
                .as("nothing changed")
                .isEqualTo(Role.OPERATOR);
        assertThat(users.find("bad name")).isEmpty();
    }

    @Test
    void aDemotedUserIsLoggedOutAtOnceAndWritesNoMore() throws Exception {
        HttpClient otto = loggedIn("otto");
        assertThat(me(otto)).contains("\"role\":\"operator\"");

        var demoted = http.send(
                authorized(json("PATCH", "/api/users/otto", "{\"role\":\"viewer\"}"), admin()),
                HttpResponse.BodyHandlers.ofString());

        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
        assertThat(demoted.body()).contains("\"role\":\"viewer\"");
        assertThat(me(otto)).as("the session of the operator is gone").contains("\"authenticated\":false");
        assertThat(status(authorized(json("POST", "/api/production", "{}"), basic("otto"))))
                .as("Basic as the viewer otto is now")
                .isEqualTo(403);
    }

    @Test
    void aDisabledOrDeletedUserCannotLogInAnyMore() throws Exception {
        HttpClient vera = loggedIn("vera");

        assertThat(status(authorized(json("PATCH", "/api/users/vera", "{\"enabled\":false}"), admin())))
                .isEqualTo(200);
        assertThat(me(vera)).contains("\"authenticated\":false");
        assertThat(status(authorized(get("/api/kpis"), basic("vera")))).isEqualTo(401);
        assertThat(status(json("POST", "/api/login", "{\"username\":\"vera\",\"password\":\"" + PASSWORD + "\"}")))
                .isEqualTo(401);

        assertThat(status(authorized(
                        HttpRequest.newBuilder(uri("/api/users/otto")).DELETE(), admin())))
                .isEqualTo(204);
        assertThat(status(authorized(get("/api/kpis"), basic("otto")))).isEqualTo(401);
        assertThat(users.find("otto")).isEmpty();
        assertThat(status(authorized(
                        HttpRequest.newBuilder(uri("/api/users/otto")).DELETE(), admin())))
                .isEqualTo(404);
    }

    @Test
    void aNewPasswordEndsTheOldSessionsAndTheOldPasswordFails() throws Exception {
        HttpClient otto = loggedIn("otto");

        assertThat(status(authorized(
                        json("PATCH", "/api/users/otto", "{\"password\":\"another-long-password\"}"), admin())))
                .isEqualTo(200);

        assertThat(me(otto)).contains("\"authenticated\":false");
        assertThat(status(authorized(get("/api/kpis"), basic("otto")))).isEqualTo(401);
        assertThat(status(authorized(get("/api/kpis"), basic("otto", "another-long-password"))))
                .isEqualTo(200);
    }

    @Test
    void theLastAdminCanBeNeitherDeletedNorDemotedNorDisabled() throws Exception {
        var deleted = http.send(
                authorized(HttpRequest.newBuilder(uri("/api/users/admin")).DELETE(), admin()),
                HttpResponse.BodyHandlers.ofString());
        var demoted = http.send(
                authorized(json("PATCH", "/api/users/admin", "{\"role\":\"operator\"}"), admin()),
                HttpResponse.BodyHandlers.ofString());
        var disabled = http.send(
                authorized(json("PATCH", "/api/users/admin", "{\"enabled\":false}"), admin()),
                HttpResponse.BodyHandlers.ofString());

        for (var refused : java.util.List.of(deleted, demoted, disabled)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("urn:amrs:problem:last-admin");
        }
        assertThat(users.find("admin").orElseThrow())
                .extracting(UserAccounts.Account::role, UserAccounts.Account::enabled)
                .containsExactly(Role.ADMIN, true);

        assertThat(status(authorized(json("PATCH", "/api/users/otto", "{\"role\":\"admin\"}"), admin())))
                .isEqualTo(200);
        assertThat(status(authorized(json("PATCH", "/api/users/admin", "{\"role\":\"viewer\"}"), basic("otto"))))
                .as("with a second admin the first may go")
                .isEqualTo(200);
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = browser.send(
                json("POST", "/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser;
    }

    private String me(HttpClient browser) throws Exception {
        return browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private int status(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
