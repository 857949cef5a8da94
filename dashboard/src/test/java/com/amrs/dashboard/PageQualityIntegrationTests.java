package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.Browser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page as a whole: a phone, accessibility, a clean console, and screenshots for review. */
class PageQualityIntegrationTests extends DashboardBrowserTest {

    @Test
    void fitsA375PixelPhoneWithoutSidewaysScrolling() {
        browser.emulatePhone(375, 812);
        try {
            page.open();
            Number viewport = browser.script("return window.innerWidth");
            Number content = browser.script("return document.documentElement.scrollWidth");
            List<String> overflowing = browser.script("""
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .filter(e => !e.closest('.visually-hidden, .range input'))
                      .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                    """);
            assertThat(viewport.intValue()).isEqualTo(375);
            assertThat(content.intValue()).isLessThanOrEqualTo(375);
            assertThat(overflowing).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-375.png"));
        } finally {
            browser.stopEmulation();
        }
    }

    @Test
    void meetsWcag21AaOnDesktopAndPhone() throws IOException {
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();

        browser.emulatePhone(375, 812);
        try {
            page.open();
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        } finally {
            browser.stopEmulation();
        }
    }

    @Test
    void logsNoConsoleErrorsInNormalUse() {
        page.chooseRange(30);
        awaitRequests(30);
        page.chooseRange(7);
        page.click("refresh");
        page.click("export-csv");
        awaitDownload(".csv");
        List<Map<String, String>> before = page.liveRows();
        await().atMost(PAGE_REFRESH).until(() -> !page.liveRows().equals(before));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void takesAScreenshotAt1280PixelsForReview() {
        page.chooseRange(30);
        awaitRequests(30);
        await().atMost(PAGE_REFRESH).until(() -> page.chartLabels("trend-chart").size() == 30);
        Path shot = browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-1280.png"));
        assertThat(shot).isNotEmptyFile();
        Number width = browser.script("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).isEqualTo(Browser.DESKTOP_WIDTH);
        page.chooseRange(7);
    }
}
