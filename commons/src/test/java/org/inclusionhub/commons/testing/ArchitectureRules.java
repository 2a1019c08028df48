package org.inclusionhub.commons.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The shape every service keeps, as ArchUnit rules over its main classes (tests excluded). Each service's
 * {@code ArchitectureTest} checks them with its own base package, so the three services follow one set.
 * A service is laid out by feature, then by role: {@code <service>.<feature>} holds the application service,
 * entities, status enums and the repository; {@code <feature>.api} the resources and their DTOs;
 * {@code <feature>.events} the event records. Resources are the classes annotated with JAX-RS {@code @Path};
 * a small feature (statistics, partners) may keep its resource next to its service.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("practice", "assessment", "survey");

    private ArchitectureRules() {
    }

    /** The main classes of one service, e.g. {@code org.inclusionhub.survey}. */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /** HTTP stays at the edge: below the resources no JAX-RS type, HTTP problem or ETag header parsing. */
    public static ArchRule noHttpBelowTheResources(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and().resideOutsideOfPackage("..api..")
                .and().areNotAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.inclusionhub.commons.problem.ApiProblem")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.inclusionhub.commons.api.ETags")
                .because("domain code throws domain exceptions and takes an ExpectedVersion; the edge maps them");
    }

    /** Events are their own records: renaming an API field must never change an event contract. */
    public static ArchRule eventsNeverUseApiTypes(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..events..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..api..");
    }

    /** Domain code (everything outside the api packages but the resources) does not know the resources that call it. */
    public static ArchRule domainNeverUsesTheApi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and().resideOutsideOfPackage("..api..")
                .and().areNotAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..api..");
    }

    /** Queries live in repositories: the resources and the rest of the api package never hold an EntityManager. */
    public static ArchRule noEntityManagerInTheApi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..api..").or().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");
    }

    /** Resources leave queries to repositories: no Panache entity query or write is called from a resource. */
    public static ArchRule noEntityQueriesInResources(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().callMethodWhere(ENTITY_QUERY_OR_WRITE);
    }

    /** A static method of a Panache entity (find, list, count...), or persist/delete on one. */
    private static final DescribedPredicate<JavaMethodCall> ENTITY_QUERY_OR_WRITE =
            new DescribedPredicate<>("a Panache entity query or write") {
                @Override
                public boolean test(JavaMethodCall call) {
                    if (!call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")) {
                        return false;
                    }
                    String name = call.getName();
                    boolean isStatic = call.getTarget().resolveMember()
                            .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
                    return isStatic || name.startsWith("persist") || name.equals("delete");
                }
            };

    /** A service talks to the others only through Kafka events, never through their classes. */
    public static ArchRule servicesNeverImportEachOther(String basePackage) {
        String[] others = SERVICES.stream().map(s -> "org.inclusionhub." + s).filter(p -> !p.equals(basePackage))
                .map(p -> p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..").should().dependOnClassesThat().resideInAnyPackage(others);
    }

    /** No cycle between a service's features (its top-level packages). */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }
}
