package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.domain.Violation;

/** Survey definitions: drafts that admins publish; a published version never changes. Seeds the ERASMI survey. */
@ApplicationScoped
public class SurveyService {

    /**
     * Seeded in this order at start when missing: version 2 of erasmi-networks corrects version 1, version 3 adds
     * the compendium's country groups (see their descriptions). A {@code .patch.json} file is a JSON Merge Patch
     * (RFC 7396) of the file it names in {@code basedOn}.
     */
    static final List<String> SEEDED = List.of("erasmi-networks.json", "erasmi-networks-v2.json", "erasmi-networks-v3.patch.json");

    private final ObjectMapper mapper;
    private final PublishedDefinitions definitions;

    public SurveyService(ObjectMapper mapper, PublishedDefinitions definitions) {
        this.definitions = definitions;
        this.mapper = mapper;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        for (String file : SEEDED) {
            SurveyDefinition definition = read(file);
            if (Survey.find(definition.code(), definition.version()).isEmpty()) {
                publish(create(definition).code, definition.version());
            }
        }
    }

    @Transactional
    public Survey create(SurveyDefinition definition) {
        if (definition == null) {
            throw InvalidInputException.ofBody("a JSON body with the survey definition is required");
        }
        List<Violation> violations = DefinitionValidator.validate(definition);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        if (Survey.find(definition.code(), definition.version()).isPresent()) {
            throw new ConflictException("survey " + definition.key() + " exists; a change is a new version");
        }
        Survey s = new Survey();
        s.id = UUID.randomUUID();
        s.code = definition.code();
        s.version = definition.version();
        s.title = definition.title();
        s.status = SurveyStatus.DRAFT.code();
        s.definition = definition;
        s.createdAt = Timestamps.now();
        s.persistAndFlush();
        return s;
    }

    @Transactional
    public Survey publish(String code, int version) {
        Survey s = Survey.find(code, version).orElseThrow(() -> new NotFoundException("Survey", code + " version " + version));
        if (!s.status().canBecome(SurveyStatus.PUBLISHED)) {
            throw new ConflictException("survey " + code + " version " + version + " is already published");
        }
        s.status = SurveyStatus.PUBLISHED.code();
        s.publishedAt = Timestamps.now();
        definitions.forgetLatest(code);
        return s;
    }

    /** Every published version, by code and version. */
    @Transactional
    public List<Survey> publishedVersions() {
        return Survey.list("status = ?1 order by code, version", SurveyStatus.PUBLISHED.code());
    }

    /** The latest published version, or a given published version. */
    @Transactional
    /**
     * What {@code GET /surveys/{code}} shows: {@link #published}, or for an admin who names the version, that
     * version whatever its status (a draft is read where its creation's Location points).
     *
     * @throws NotFoundException when there is no such version the caller may read
     */
    public Survey readable(String code, Integer version, Caller caller) {
        if (version != null && caller != null && caller.admin()) {
            return Survey.find(code, version).orElseThrow(() -> new NotFoundException("Survey", code + " version " + version));
        }
        return published(code, version);
    }

    public Survey published(String code, Integer version) {
        return (version == null ? Survey.latestPublished(code) : Survey.find(code, version).filter(s -> s.status() == SurveyStatus.PUBLISHED))
                .orElseThrow(() -> new NotFoundException("Published survey", version == null ? code : code + " version " + version));
    }

    /**
     * The published versions an export covers: the one asked for, or every published version, oldest first.
     *
     * @throws NotFoundException when the survey or that version is not published
     */
    @Transactional
    public List<SurveyDefinition> publishedDefinitions(String code, Integer version) {
        if (version != null) {
            return List.of(published(code, version).definition);
        }
        List<Survey> all = Survey.list("code = ?1 and status = ?2 order by version", code, SurveyStatus.PUBLISHED.code());
        if (all.isEmpty()) {
            throw new NotFoundException("Published survey", code);
        }
        return all.stream().map(s -> s.definition).toList();
    }

    private SurveyDefinition read(String file) {
        return mapper.convertValue(tree(file), SurveyDefinition.class);
    }

    private JsonNode tree(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("surveys/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing seeded survey surveys/" + file);
            }
            JsonNode node = mapper.readTree(in);
            if (!file.endsWith(".patch.json")) {
                return node;
            }
            ObjectNode patch = (ObjectNode) node;
            return MergePatch.apply(tree(patch.remove("basedOn").asText()), patch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
