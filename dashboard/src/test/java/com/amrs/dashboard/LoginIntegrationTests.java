package com.amrs.dashboard;

import static com.amrs.dashboard.support.StopRows.todayMinutesAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import com.amrs.dashboard.support.DowntimePanels;
import com.amrs.dashboard.support.LoginPage;
import com.amrs.dashboard.support.PlantUsers;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's login (DESIGN.md §15) in real Chromium against the real api-server: with reads open (the
 * shared stack) nobody sees the plant but no reason pickers, "Log in" lets an operator write with the
 * session and its CSRF header, a viewer still sees no pickers, "Log out" returns to nobody; with reads closed
 * (a second api-server on the same database) the page is the login form until a login, and says why a single
 * sign-on came back without a login.
 */
class LoginIntegrationTests extends DashboardBrowserTest {

    private LoginPage login;
    private DowntimePanels panels;

    @BeforeEach
    void users() {
        PlantUsers.ensure(stack.apiServer());
        login = new LoginPage(browser);
        panels = new DowntimePanels(browser);
    }

    @Test
    void anOperatorLogsInFromTheHeaderAndAssignsAReasonWithTheSession() {
        long id = stack.database()
                .stops()
                .insertEnded(
                        "OPC-UA-M2",
                        todayMinutesAgo(6),
                        Duration.ofSeconds(140),
                        "DOWN",
                        null,
                        "Unassigned",
                        "unplanned");
        page.open();
        awaitRow(id);
        assertThat(login.account())
                .containsEntry("user", null)
                .containsEntry("login", true)
                .containsEntry("logout", false);
        assertThat(login.visibleWriteControls()).isEmpty();
        assertThat(login.writeNotes()).containsExactly("Log in as an operator to assign reasons.");

        login.openFromHeader();
        assertThat(login.shown()).isTrue();
        assertThat(login.intro()).isEqualTo("Log in to assign stop reasons.");
        assertThat(login.focused()).isEqualTo("login-username");
        login.logIn(PlantUsers.OPERATOR);

        await("the operator logged in")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(login.account())
                        .containsEntry("user", "olga")
                        .containsEntry("role", "operator")
                        .containsEntry("login", false)
                        .containsEntry("logout", true));
        assertThat(login.shown()).isFalse();
        assertThat(login.writeNotes()).isEmpty();
        assertThat(login.visibleWriteControls()).contains("SELECT#reason-" + id, "INPUT#comment-" + id);
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-operator-1280.png"));

        panels.assign(id, 613, "light curtain tripped");
        await("the reason saved")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(panels.stopRow(id))
                        .containsEntry("reason", "Safety stop")
                        .containsEntry("message", "Saved: Safety stop"));
        // the operator's session wrote it (with X-XSRF-TOKEN, else 403), not the API key
        assertThat(stack.database().stops().reasonOf(id))
                .containsEntry("reason_code", 613)
                .containsEntry("assigned_by", "olga");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aViewerSeesWhoIsLoggedInButNoWriteButtonsOnThePlantOrAMachinesPage() throws IOException {
        long id = stack.database()
                .stops()
                .insertEnded(
                        "OPC-UA-M1",
                        todayMinutesAgo(5),
                        Duration.ofSeconds(80),
                        "DOWN",
                        null,
                        "Unassigned",
                        "unplanned");
        page.open();
        login.logInFromHeader(PlantUsers.VIEWER);

        assertThat(login.account())
                .containsEntry("user", "vic")
                .containsEntry("role", "viewer")
                .containsEntry("logout", true);
        awaitRow(id);
        assertThat(login.visibleWriteControls()).isEmpty();
        assertThat(login.writeNotes())
                .containsExactly("Assigning reasons needs the operator role; you are logged in as viewer.");
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();

        browser.driver().get(pageUrl() + "/#machine=OPC-UA-M1");
        await("the machine's stops")
                .atMost(PAGE_REFRESH)
                .until(() -> browser.<Boolean>script(
                        "return !!document.querySelector(`#machine-stop-rows tr[data-stop-id='${arguments[0]}']`)",
                        id));
        assertThat(login.visibleWriteControls()).isEmpty();
        assertThat(login.account()).containsEntry("user", "vic");

        browser.emulatePhone(375, 812);
        try {
            page.open();
            Number width = browser.script("return document.documentElement.scrollWidth");
            assertThat(width.intValue())
                    .as("the header with the user fits a phone")
                    .isLessThanOrEqualTo(375);
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-viewer-375.png"));
        } finally {
            browser.stopEmulation();
        }
    }

    @Test
    void loggingOutReturnsToReadingAsNobody() {
        page.open();
        login.logInFromHeader(PlantUsers.OPERATOR);
        assertThat(login.me()).containsEntry("authenticated", true);

        login.logOut();

        await("nobody logged in")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(login.account())
                        .containsEntry("user", null)
                        .containsEntry("login", true)
                        .containsEntry("logout", false));
        assertThat(login.focused()).isEqualTo("login-open");
        assertThat(login.me()).containsEntry("authenticated", false);
        assertThat(login.visibleWriteControls()).isEmpty();
        assertThat(page.loaded()).as("the plant still shown").isTrue();
    }

    @Test
    void tooManyFailedLoginsSayHowManySecondsToWait() {
        page.open();
        login.openFromHeader();
        String name = "mallory";
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.logIn(name, "not-the-password-" + attempt);
            await("refusal " + attempt)
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> login.error().equals("The credentials were not accepted."));
            browser.script("document.getElementById('login-error').textContent = ''");
        }

        login.logIn(name, "not-the-password-6");

        String error = await("the 429").atMost(Duration.ofSeconds(10)).until(login::error, text -> !text.isEmpty());
        assertThat(error)
                .matches("Too many failed logins: wait ([1-9]|[1-5][0-9]|60) seconds? before you try again\\.");
        assertThat(login.focused()).isEqualTo("login-password");
        assertThat(login.shown()).isTrue();
    }

    /** One test on its own api-server: the stack's reads are open, these are not. */
    @Test
    void withReadsClosedThePageIsTheLoginFormUntilALogin() throws IOException {
        ApiServer closed = ApiServer.readsClosed(
                stack.locations(), stack.locations().freshDir("api-server-reads-closed"), stack.database());
        closed.start();
        try {
            String url = closed.dashboardUrl();
            browser.driver().get(url + "/?login_error=no-role"); // a single sign-on that came back without a role
            await("the login form with the refusal")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> login.shown() && !login.error().isEmpty());
            assertThat(login.error()).startsWith("Your single sign-on account has no AMRS role");
            assertThat(browser.driver().getCurrentUrl()).as("said once").doesNotContain("login_error");
            assertThat(login.singleSignOnOffered())
                    .as("an api-server without an OpenID Connect provider")
                    .isFalse();
            browser.driver().get(url + "/");
            await("the login form").atMost(Duration.ofSeconds(20)).until(login::shown);
            assertThat(login.intro()).isEqualTo("Log in to see the plant.");
            assertThat(login.focused()).isEqualTo("login-username");
            assertThat(page.text("kpi-total-units"))
                    .as("nothing of the plant loaded")
                    .isEqualTo("–");
            assertThat(page.text("plant-name"))
                    .as("config.json's name or none: /api/plant needs a login")
                    .isEqualTo("AMRS plant");
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-login-1280.png"));

            login.logIn(PlantUsers.OPERATOR.name(), "wrong-password");
            await("the refusal")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> login.error().equals("The credentials were not accepted."));
            assertThat(login.shown()).isTrue();
            assertThat(login.focused()).isEqualTo("login-password");

            login.logIn(PlantUsers.OPERATOR);
            awaitPlant("olga");

            browser.deleteCookie("JSESSIONID"); // as when the api-server forgot the session
            page.click("refresh");
            await("the login form again").atMost(Duration.ofSeconds(10)).until(login::shown);
            assertThat(login.intro()).isEqualTo("Your session has ended: log in again.");
            login.logIn(PlantUsers.VIEWER);
            awaitPlant("vic");

            login.logOut();
            await("the login form after the logout")
                    .atMost(Duration.ofSeconds(20))
                    .until(login::shown);
            assertThat(page.text("kpi-total-units"))
                    .as("nothing of the plant stays")
                    .isEqualTo("–");
            assertThat(login.me()).containsEntry("authenticated", false);
        } finally {
            closed.stop();
        }
    }

    private void awaitPlant(String user) {
        await(user + " sees the plant").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(login.shown()).isFalse();
            assertThat(login.account()).containsEntry("user", user);
            assertThat(page.text("kpi-total-units")).isNotEqualTo("–");
            assertThat(page.chartLabels("trend-chart")).isNotEmpty();
        });
        assertThat(page.text("plant-name")).isEqualTo(ApiServer.PLANT_NAME);
    }

    private Map<String, String> awaitRow(long id) {
        return await("stop " + id + " in today's stops")
                .atMost(PAGE_REFRESH)
                .until(() -> panels.stopRow(id), Objects::nonNull);
    }
}
