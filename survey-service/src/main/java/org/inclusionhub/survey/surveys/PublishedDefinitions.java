package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Published survey versions never change, so their definitions are read once and kept in memory. */
@ApplicationScoped
public class PublishedDefinitions {

    private final Map<String, SurveyDefinition> cache = new ConcurrentHashMap<>();

    /**
     * The published version a request names, or the latest when it names none, without loading the
     * stored definition again (only its version number is read).
     *
     * @throws DomainException 404 when there is no such published survey
     */
    @Transactional
    public SurveyDefinition require(String code, Integer version) {
        Integer resolved = version;
        if (resolved == null) {
            resolved = Survey.getEntityManager().createQuery(
                    "select max(s.version) from Survey s where s.code = ?1 and s.status = 'published'", Integer.class)
                    .setParameter(1, code).getSingleResult();
        }
        Optional<SurveyDefinition> found = resolved == null ? Optional.empty() : find(code, resolved);
        return found.orElseThrow(() -> new NotFoundException("Published survey", version == null ? code : code + " version " + version));
    }

    /** @return the definition of a published version, or empty when there is no such published version */
    @Transactional
    public Optional<SurveyDefinition> find(String code, int version) {
        String key = code + "@" + version;
        SurveyDefinition cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SurveyDefinition> found = Survey.find(code, version).filter(s -> s.status() == SurveyStatus.PUBLISHED)
                .map(s -> s.definition);
        found.ifPresent(d -> cache.put(key, d));
        return found;
    }
}
