package com.amrs.launcher.command;

import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Home;

final class Usage {

    private Usage() {}

    static String text(Home home) {
        return """
                Usage: ./amrs COMMAND

                  up                  build what is missing, start every service, wait until all are healthy
                  status              one line per service; exit 0 only when all run
                  logs [-n N] SERVICE follow SERVICE's log; with -n, print its last N lines and exit
                  report              render one report now and print the PDF's path
                  down                stop everything ./amrs up started
                  plc-check [--plc N] read every mapped PLC node once, one line each; exit 0 when all are usable
                  test [MAVEN ARGS]   run every test (./amrs test --help says what it needs and does)

                Services: %s
                A crashed service is started again (after 1 s, then 2, 4, … up to 60 s); one stopped on purpose
                (SIGTERM) or that never became healthy stays stopped until the next up.
                The dashboard is served by nginx when it is installed (AMRS_NGINX=/path/to/nginx names one), else by
                the launcher on DASHBOARD_PORT (AMRS_NGINX=off chooses that even with nginx installed).
                State, logs and the database live in %s (AMRS_HOME=...).""".formatted(String.join(" ", ServiceName.ALL), home.dir());
    }
}
