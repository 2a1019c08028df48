package org.inclusionhub.survey.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Published survey versions never change, so their definitions are read once and kept in memory. */
@ApplicationScoped
public class PublishedDefinitions {

    private final Map<String, SurveyDefinition> cache = new ConcurrentHashMap<>();

    /** @return the definition of a published version, or empty when there is no such published version */
    @Transactional
    public Optional<SurveyDefinition> find(String code, int version) {
        String key = code + "@" + version;
        SurveyDefinition cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SurveyDefinition> found = Survey.find(code, version).filter(s -> Survey.PUBLISHED.equals(s.status))
                .map(s -> s.definition);
        found.ifPresent(d -> cache.put(key, d));
        return found;
    }
}
