package com.amrs.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.amrs.e2e.support.Repository;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The house's rules (DESIGN.md §20), over the classes the other modules compiled: no package of a module depends on
 * itself through others (features talk through events where a call would run back up), and a module reaches only
 * into the modules below it (core; plant-store above core; the services above both, never into each other). The
 * test helpers (test-support) sit beside the services, below them in test scope only: they reach at most into core and
 * plant-store, and no module's own code reaches into them.
 */
class ArchitectureTests {

    private static final Repository repository = Repository.fromSystemProperties();
    /** Each module's root package, and the AMRS packages it must not use. */
    private static final Map<String, String> MODULES = Map.of(
            "core", "com.amrs.core",
            "config-support", "com.amrs.config",
            "plant-store", "com.amrs.store",
            "plc-simulator", "com.amrs.simulator",
            "api-server", "com.amrs.api",
            "reporting-pipeline", "com.amrs.reporting",
            "launcher", "com.amrs.launcher",
            "test-support", "com.amrs.testsupport");

    @ParameterizedTest
    @CsvSource({"core", "plant-store", "plc-simulator", "api-server", "reporting-pipeline", "launcher"})
    void noPackageCycles(String module) {
        String root = MODULES.get(module);
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes(module));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "core               | config-support, plant-store, plc-simulator, api-server, reporting-pipeline,"
                        + " test-support",
                "plant-store        | plc-simulator, api-server, reporting-pipeline, test-support",
                "plc-simulator      | plant-store, api-server, reporting-pipeline, test-support",
                "api-server         | reporting-pipeline, plc-simulator, test-support",
                "reporting-pipeline | api-server, plc-simulator, test-support",
                "launcher           | core, config-support, plant-store, plc-simulator, api-server, reporting-pipeline,"
                        + " test-support",
                "test-support       | config-support, plc-simulator, api-server, reporting-pipeline, launcher"
            })
    void reachesOnlyIntoTheModulesBelow(String module, String others) {
        String[] forbidden = Arrays.stream(others.split(","))
                .map(other -> MODULES.get(other.strip()) + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(forbidden).check(classes(module));
    }

    private static JavaClasses classes(String module) {
        var compiled = repository.file(module).resolve("target/classes");
        if (!Files.isDirectory(compiled)) {
            throw new IllegalStateException(compiled + " is missing: run ./mvnw verify at the root (e2e is its last"
                    + " module), or compile the modules first: ./mvnw -DskipTests package");
        }
        return new ClassFileImporter().importPath(compiled);
    }
}
