package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login form and the header's account as a user sees and uses them, with the keyboard where it can. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    /** The form is shown and the plant is not. */
    public boolean shown() {
        return displayed("login-view") && !displayed("plant-view") && !displayed("machine-view");
    }

    public String intro() {
        return text("login-intro");
    }

    /** The refusal next to the button; empty when none. */
    public String error() {
        return text("login-error");
    }

    /** "Log in with single sign-on" is shown under the form. */
    public boolean singleSignOnOffered() {
        return displayed("login-sso");
    }

    /** The id of the element that has the focus. */
    public String focused() {
        return browser.script("return document.activeElement?.id ?? ''");
    }

    /** Types the name, Tab, the password, Enter. */
    public void logIn(String name, String password) {
        WebElement field = element("login-username");
        field.clear();
        field.sendKeys(name);
        field.sendKeys(Keys.TAB);
        WebElement passwordField = browser.driver().switchTo().activeElement();
        passwordField.clear();
        passwordField.sendKeys(password, Keys.ENTER);
    }

    public void logIn(PlantUsers.User user) {
        logIn(user.name(), user.password());
    }

    /** "Log in" in the header, the user's name and password, and until the header shows the user. */
    public void logInFromHeader(PlantUsers.User user) {
        openFromHeader();
        logIn(user);
        await(user.name() + " logged in")
                .atMost(Duration.ofSeconds(10))
                .until(() -> user.name().equals(account().get("user")) && !shown());
    }

    /** "Log in" in the header. */
    public void openFromHeader() {
        element("login-open").click();
    }

    public void logOut() {
        element("logout").click();
    }

    /** The header's account: the user, the role, and which of "Log in" and "Log out" is shown. */
    public Map<String, Object> account() {
        return browser.script("""
                const shown = (id) => document.getElementById(id).getClientRects().length > 0;
                return { user: shown('account-user') ? document.getElementById('account-name').textContent : null,
                  role: shown('account-user') ? document.getElementById('account-role').textContent : null,
                  login: shown('login-open'), logout: shown('logout') };
                """);
    }

    /** The reason pickers' fields and buttons a user can see, in both stops tables. */
    public List<String> visibleWriteControls() {
        return browser.script("""
                return [...document.querySelectorAll('.stops-table .assign, .stops-table .assign *')]
                  .filter(e => e.getClientRects().length > 0)
                  .filter(e => ['SELECT', 'INPUT', 'BUTTON', 'TH'].includes(e.tagName))
                  .map(e => e.tagName + (e.id ? '#' + e.id : ''));
                """);
    }

    /** The notes shown in the pickers' place. */
    public List<String> writeNotes() {
        return browser.script("""
                return [...document.querySelectorAll('.write-note')]
                  .filter(e => e.getClientRects().length > 0).map(e => e.textContent.trim());
                """);
    }

    /** /api/me, asked from the page (with its cookies). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> me() {
        return (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/me').then(r => r.json()).then(done, e => done({ error: String(e) }));
                """);
    }

    private boolean displayed(String id) {
        return browser.<Boolean>script("return document.getElementById(arguments[0]).getClientRects().length > 0", id);
    }

    private String text(String id) {
        return browser.script("return document.getElementById(arguments[0]).textContent.trim()", id);
    }

    private WebElement element(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
