package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published survey versions never change, so their definitions are read once and kept in memory. The number of a
 * survey's latest published version is kept for {@link SurveysConfig#latestVersionCache()}: reading it was a
 * quarter of the CPU time of a single submission (JFR profile of the intake benchmark, 2026-12-07).
 */
@ApplicationScoped
public class PublishedDefinitions {

    /** A latest version number and when it was read (System.nanoTime). */
    private record Latest(int version, long readAt) {
    }

    private final Map<String, SurveyDefinition> cache = new ConcurrentHashMap<>();
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    private final long latestNanos;
    private final TransactionSynchronizationRegistry transactions;

    public PublishedDefinitions(SurveysConfig config, TransactionSynchronizationRegistry transactions) {
        this.latestNanos = config.latestVersionCache().toNanos();
        this.transactions = transactions;
    }

    /**
     * The published version a request names, or the latest when it names none, without loading the
     * stored definition again (the latest version number is read at most once per cache period).
     *
     * @throws DomainException 404 when there is no such published survey
     */
    @Transactional
    public SurveyDefinition require(String code, Integer version) {
        Integer resolved = version == null ? latestVersion(code) : version;
        Optional<SurveyDefinition> found = resolved == null ? Optional.empty() : find(code, resolved);
        return found.orElseThrow(() -> new NotFoundException("Published survey", version == null ? code : code + " version " + version));
    }

    /**
     * Forgets the latest version number of a survey when this instance publishes a new version of it: now, and
     * again once the caller's transaction has ended, so that no read in between keeps the old number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetLatest(String code) {
        latest.remove(code);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                latest.remove(code);
            }
        });
    }

    private Integer latestVersion(String code) {
        Latest known = latest.get(code);
        if (known != null && System.nanoTime() - known.readAt() < latestNanos) {
            return known.version();
        }
        Integer read = Survey.getEntityManager().createQuery(
                "select max(s.version) from Survey s where s.code = ?1 and s.status = 'published'", Integer.class)
                .setParameter(1, code).getSingleResult();
        if (read != null) {
            latest.put(code, new Latest(read, System.nanoTime()));
        }
        return read;
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
