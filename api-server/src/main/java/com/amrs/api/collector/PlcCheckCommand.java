package com.amrs.api.collector;

import com.amrs.api.plc.PlcCheck;
import com.amrs.api.plc.PlcClients;
import com.amrs.api.plc.PlcDefinition;
import com.amrs.api.plc.PlcProperties;
import com.amrs.api.plc.StateMapPresets;
import com.amrs.api.system.AmrsProperties;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar api-server.jar plc-check [--plc NAME]}: the PLCs of the tag map (the same settings,
 * files and environment as the api-server), each checked by {@link PlcCheck}. Exit 0 when every node of
 * every checked PLC is usable, 1 otherwise, 2 for a bad command line.
 */
public final class PlcCheckCommand {

    public static final String NAME = "plc-check";

    private PlcCheckCommand() {}

    public static int run(String[] args, PrintStream out) {
        List<String> springArgs = new ArrayList<>();
        String only = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plc") && i + 1 < args.length) {
                only = args[++i];
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println("Usage: java -jar api-server.jar plc-check [--plc NAME] [--key=value ...]");
                return 0;
            } else {
                springArgs.add(args[i]);
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .run(springArgs.toArray(String[]::new))) {
            AmrsProperties amrs = context.getBean(AmrsProperties.class);
            List<PlcDefinition> plcs = context.getBean(PlcProperties.class)
                    .definitions(amrs.api().opcuaUrl(), amrs.api().pollInterval());
            return check(plcs, only, context.getBean(PlcProperties.class), amrs, out);
        }
    }

    private static int check(
            List<PlcDefinition> plcs, String only, PlcProperties settings, AmrsProperties amrs, PrintStream out) {
        List<PlcDefinition> chosen = plcs.stream()
                .filter(plc -> only == null || plc.name().equals(only))
                .toList();
        if (chosen.isEmpty()) {
            out.printf(
                    "No PLC is named %s; the PLCs are: %s%n",
                    only, plcs.stream().map(PlcDefinition::name).toList());
            return 2;
        }
        PlcClients clients =
                new PlcClients(settings.pkiDir(), amrs.api().collector().requestTimeout());
        try {
            PlcCheck check = new PlcCheck(clients, out);
            boolean usable = true;
            for (PlcDefinition plc : chosen) {
                usable &= check.check(plc);
            }
            return usable ? 0 : 1;
        } finally {
            try {
                clients.close();
            } catch (java.io.IOException e) {
                // the trust list's file watcher: nothing was written through it
            }
        }
    }

    /**
     * Only the settings: no database, no web server, no collector. Neither a component nor a boot
     * configuration, so that neither the api-server's scan nor its tests pick it up.
     */
    @EnableConfigurationProperties({PlcProperties.class, AmrsProperties.class})
    @Import(StateMapPresets.class)
    static class Settings {}
}
