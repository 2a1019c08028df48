package org.inclusionhub.assessment.frameworks;

import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Timestamps;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.assessment.frameworks.events.FrameworkEvents;
import org.inclusionhub.commons.domain.Violation;
import org.jboss.logging.Logger;

/**
 * Stores framework versions (immutable once stored) and seeds the frameworks of the source collections. Each
 * stored version is announced as a {@code framework.published} event in the transaction that stores it, and all
 * again at every start.
 */
@ApplicationScoped
public class FrameworkService {

    static final List<String> SEEDED = List.of("spring-gpc.json", "inclucities-benchmarks.json", "youmig-criteria.json",
            "erasmi-quality-criteria.json");
    private static final Logger LOG = Logger.getLogger(FrameworkService.class);

    private final ObjectMapper mapper;
    private final FrameworkEvents events;

    public FrameworkService(ObjectMapper mapper, FrameworkEvents events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        for (String file : SEEDED) {
            FrameworkDefinition definition = read(file);
            if (Framework.find(definition.code(), definition.version()).isEmpty()) {
                create(definition);
                LOG.infof("seeded framework %s", definition.key());
            }
        }
        // every start announces every version again: a replica that lost its data, or a broker that lost the topic,
        // learns them all (the topic is compacted, so it keeps one event per version however long the service runs)
        Framework.all().forEach(events::published);
    }

    @Transactional
    public Framework create(FrameworkDefinition definition) {
        if (definition == null) {
            throw InvalidInputException.ofBody("a JSON body describing the framework version is required");
        }
        List<Violation> violations = FrameworkValidator.validate(definition);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        if (Framework.find(definition.code(), definition.version()).isPresent()) {
            throw new ConflictException("framework " + definition.key()
                    + " exists and is immutable; publish a change as a new version");
        }
        violations = sequenceViolations(definition, Framework.latest(definition.code()).orElse(null));
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        Framework f = new Framework();
        f.id = UUID.randomUUID();
        f.code = definition.code();
        f.version = definition.version();
        f.name = definition.name();
        f.kind = definition.kind();
        f.definition = definition;
        f.createdAt = Timestamps.now();
        f.persistAndFlush();
        events.published(f);
        return f;
    }

    /**
     * A new version continues its framework: the version after the latest (1 for a new code), of the same kind.
     * A gap or another kind under a known code would make every read without a version (the latest) answer
     * with something its clients never saw announced.
     */
    static List<Violation> sequenceViolations(FrameworkDefinition definition, Framework latest) {
        List<Violation> violations = new java.util.ArrayList<>();
        int next = latest == null ? 1 : latest.version + 1;
        if (definition.version() != next) {
            violations.add(new Violation("version", "must be " + next + (latest == null
                    ? ": a new framework starts at version 1"
                    : ": the version after " + definition.code() + "@" + latest.version + ", the latest")));
        }
        if (latest != null && !latest.kind.equals(definition.kind())) {
            violations.add(new Violation("kind", "must stay " + latest.kind + " as in " + definition.code() + "@"
                    + latest.version + "; a framework of another kind takes a code of its own"));
        }
        return violations;
    }

    /** Every framework version, by code and version. */
    @Transactional
    public List<Framework> all() {
        return Framework.all();
    }

    /** Whether any version of a framework with this code is stored. */
    @Transactional
    public boolean exists(String code) {
        return Framework.latest(code).isPresent();
    }

    public Framework get(String code, Integer version) {
        return (version == null ? Framework.latest(code) : Framework.find(code, version))
                .orElseThrow(() -> new NotFoundException("Framework", version == null ? code : code + " version " + version));
    }

    private FrameworkDefinition read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("frameworks/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing seeded framework frameworks/" + file);
            }
            return mapper.readValue(in, FrameworkDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
