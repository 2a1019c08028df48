package org.inclusionhub.practice.practices;

import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.ExpectedVersion;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.practice.practices.events.PracticeEvents;

/** The catalogue's write side: every change is validated, stored and announced in one transaction. */
@ApplicationScoped
public class PracticeService {

    private final PracticeEvents events;
    private final Clock clock = Clock.systemUTC();

    public PracticeService(PracticeEvents events) {
        this.events = events;
    }

    @Transactional
    public Practice create(PracticeContent content) {
        PracticeContent valid = validated(content);
        if (Practice.findBySource(valid.source()).isPresent()) {
            throw new ConflictException("a practice with source " + valid.source().collection() + " / "
                    + valid.source().reference() + " already exists");
        }
        Practice practice = Practice.create(valid, now());
        practice.persistAndFlush();
        events.record(PracticeEvents.CREATED, practice);
        return practice;
    }

    @Transactional
    public Practice update(UUID id, ExpectedVersion expected, PracticeContent content) {
        Practice practice = find(id);
        expected.require(practice.version);
        PracticeContent valid = validated(content);
        Practice.findBySource(valid.source()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new ConflictException("practice " + other.id + " already has source " + valid.source().collection()
                    + " / " + valid.source().reference());
        });
        practice.apply(valid, now());
        Practice.getEntityManager().flush();
        events.record(PracticeEvents.UPDATED, practice);
        return practice;
    }

    @Transactional
    public Practice publish(UUID id, ExpectedVersion expected) {
        return transition(id, expected, PracticeStatus.PUBLISHED, PracticeEvents.PUBLISHED);
    }

    @Transactional
    public Practice archive(UUID id, ExpectedVersion expected) {
        return transition(id, expected, PracticeStatus.ARCHIVED, PracticeEvents.ARCHIVED);
    }

    /** Only drafts can be deleted: what was published stays in history as archived. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Practice practice = find(id);
        expected.checkIfGiven(practice.version);
        if (practice.status() != PracticeStatus.DRAFT) {
            throw new ConflictException("only drafts can be deleted; this practice is " + practice.status
                    + (practice.status() == PracticeStatus.PUBLISHED ? ", so archive it instead" : " and stays in the catalogue's history"));
        }
        events.record(PracticeEvents.DELETED, practice);
        practice.delete();
        Practice.getEntityManager().flush();
    }

    /**
     * Stores valid contents as new practices, skipping those whose source reference is already catalogued.
     * Imports take turns (a transaction-scoped advisory lock), so two running at once cannot both store a row.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "inclusionhub.practices.import-timeout")
    public ImportResult importAll(List<PracticeContent> contents, boolean publish) {
        Practice.lockForImport();
        List<UUID> created = new java.util.ArrayList<>();
        java.util.Set<String> catalogued = Practice.sourceKeys();
        int skipped = 0;
        for (PracticeContent content : contents) {
            if (catalogued.contains(Practice.sourceKey(content.source()))) {
                skipped++;
                continue;
            }
            Practice practice = Practice.create(content, now());
            if (publish) {
                practice.moveTo(PracticeStatus.PUBLISHED, now());
            }
            practice.persistAndFlush();
            events.record(PracticeEvents.CREATED, practice);
            if (publish) {
                events.record(PracticeEvents.PUBLISHED, practice);
            }
            created.add(practice.id);
            // each flush checks every entity the persistence context still manages: kept, they made a
            // 4 000-row import quadratic and run past the transaction timeout
            Practice.getEntityManager().detach(practice);
        }
        return new ImportResult(created, skipped);
    }

    /**
     * Refreshes the planner's statistics of the catalogue after a large import and merges its GIN indexes'
     * pending lists, so search does not depend on the server's autovacuum settings (an unanalysed table made
     * search 4 to 15 times slower; see {@link Practice#analyse}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshPlannerStatistics() {
        Practice.analyse();
    }

    /** @return how many of the contents an import would skip because their source is already catalogued */
    @Transactional
    public int alreadyCatalogued(List<PracticeContent> contents) {
        java.util.Set<String> catalogued = Practice.sourceKeys();
        return (int) contents.stream().filter(c -> catalogued.contains(Practice.sourceKey(c.source()))).count();
    }

    public record ImportResult(List<UUID> created, int skipped) {
    }

    public Practice find(UUID id) {
        Practice practice = Practice.findById(id);
        if (practice == null) {
            throw new NotFoundException("Practice", id);
        }
        return practice;
    }

    private Practice transition(UUID id, ExpectedVersion expected, PracticeStatus target, String eventType) {
        Practice practice = find(id);
        expected.checkIfGiven(practice.version);
        practice.moveTo(target, now());
        Practice.getEntityManager().flush();
        events.record(eventType, practice);
        return practice;
    }

    private static PracticeContent validated(PracticeContent content) {
        if (content == null) {
            throw InvalidInputException.ofBody("a JSON body describing the practice is required");
        }
        PracticeContent normalised = content.normalised();
        List<Violation> violations = PracticeValidator.validate(normalised);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return normalised;
    }

    /** Microseconds, as PostgreSQL keeps them, so a write answers the instant every later read shows (as {@code Timestamps}). */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
