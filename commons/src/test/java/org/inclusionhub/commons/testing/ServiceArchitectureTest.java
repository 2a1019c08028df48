package org.inclusionhub.commons.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The {@link ArchitectureRules} as tests; each service extends this once with its base package, so the three
 * services are held to one set of rules.
 */
public abstract class ServiceArchitectureTest {

    private final String base;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.base = basePackage;
        this.classes = ArchitectureRules.classesOf(basePackage);
    }

    @Test
    void noHttpBelowTheResources() {
        ArchitectureRules.noHttpBelowTheResources(base).check(classes);
    }

    @Test
    void eventsNeverUseApiTypes() {
        ArchitectureRules.eventsNeverUseApiTypes(base).check(classes);
    }

    @Test
    void domainNeverUsesTheApi() {
        ArchitectureRules.domainNeverUsesTheApi(base).check(classes);
    }

    @Test
    void noEntityManagerInTheApi() {
        ArchitectureRules.noEntityManagerInTheApi(base).check(classes);
    }

    @Test
    void noEntityQueriesInResources() {
        ArchitectureRules.noEntityQueriesInResources(base).check(classes);
    }

    @Test
    void servicesNeverImportEachOther() {
        ArchitectureRules.servicesNeverImportEachOther(base).check(classes);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(base).check(classes);
    }
}
