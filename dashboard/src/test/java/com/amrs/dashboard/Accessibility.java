package com.amrs.dashboard;

import com.amrs.dashboard.support.Browser;
import com.amrs.dashboard.support.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (npm, a dev dependency) run in the page: the WCAG 2.1 A and AA rules it can check,
 * colour contrast, labels and ARIA among them.
 */
final class Accessibility {

    private Accessibility() {}

    /** One line per violation: rule, impact and the elements concerned. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser, Locations locations) throws IOException {
        Path axe = locations.dashboardDir().resolve("node_modules/axe-core/axe.min.js");
        browser.script(Files.readString(axe));
        List<String> violations = (List<String>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                          .then(result => done(result.passes.length < 10
                            ? [`axe checked only ${result.passes.length} rules`]
                            : result.violations.map(v =>
                                `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
                          .catch(error => done(['axe failed: ' + error]));
                        """);
        return violations;
    }
}
