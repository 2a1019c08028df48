package org.inclusionhub.practice.practices;

import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A good practice in the catalogue. Its content changes through {@link #apply}, its status through {@link #moveTo}. */
@Entity
@Table(name = "practice")
@SqlResultSetMapping(name = Practice.HIT, entities = @EntityResult(entityClass = Practice.class), columns = {
        @ColumnResult(name = "snippet_language"), @ColumnResult(name = "snippet_title"), @ColumnResult(name = "snippet_summary"),
        @ColumnResult(name = "sort_key")})
public class Practice extends PanacheEntityBase {

    /** A search hit: the practice, its snippet columns and its sort key, read by {@link Practices#search}. */
    public static final String HIT = "PracticeHit";

    @Id
    public UUID id;
    public String title;
    public String summary;
    public String description;
    /** ISO 639-1: the language of title, summary and description. */
    public String language;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, PracticeContent.Translation> translations;
    public String country;
    public String region;
    public String city;
    public String scope;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<PracticeContent.Organisation> organisations;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partners;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups")
    public List<String> targetGroups;
    @Column(name = "start_year")
    public Integer startYear;
    @Column(name = "end_year")
    public Integer endYear;
    public boolean ongoing;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> funding;
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;
    @Column(name = "budget_currency")
    public String budgetCurrency;
    public String website;
    @Column(name = "source_collection")
    public String sourceCollection;
    @Column(name = "source_reference")
    public String sourceReference;
    public String status;
    /** Optimistic lock: Hibernate raises it on every change and refuses a concurrent one. */
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static Practice create(PracticeContent content, Instant now) {
        Practice p = new Practice();
        p.id = UUID.randomUUID();
        p.status = PracticeStatus.DRAFT.code();
        p.createdAt = now;
        p.apply(content, now);
        return p;
    }

    /** Replaces the content with {@code content} (valid and normalised). */
    public void apply(PracticeContent content, Instant now) {
        title = content.title();
        summary = content.summary();
        description = content.description();
        translations = content.translations();
        language = content.language();
        country = content.country();
        region = content.region();
        city = content.city();
        scope = content.scope();
        organisations = content.organisations();
        partners = content.partners();
        themes = content.themes();
        targetGroups = content.targetGroups();
        startYear = content.startYear();
        endYear = content.endYear();
        ongoing = Boolean.TRUE.equals(content.ongoing());
        funding = content.funding();
        budgetAmount = content.budget() == null ? null : content.budget().amount();
        budgetCurrency = content.budget() == null ? null : content.budget().currency();
        website = content.website();
        sourceCollection = content.source().collection();
        sourceReference = content.source().reference() == null ? null : content.source().reference().strip();
        touch(now);
    }

    /** @throws DomainException 409 when the transition is not allowed */
    public void moveTo(PracticeStatus target, Instant now) {
        PracticeStatus current = status();
        if (!current.canBecome(target)) {
            throw new ConflictException("a " + current.code() + " practice cannot become " + target.code());
        }
        status = target.code();
        if (target == PracticeStatus.PUBLISHED) {
            publishedAt = now;
        }
        touch(now);
    }

    public PracticeStatus status() {
        return PracticeStatus.fromCode(status);
    }

    public PracticeContent content() {
        return new PracticeContent(title, summary, description, translations, country, region, city, scope,
                organisations, partners, themes, targetGroups, startYear, endYear, ongoing, funding,
                budgetAmount == null ? null : new PracticeContent.Budget(budgetAmount, budgetCurrency), website,
                new PracticeContent.SourceRef(sourceCollection, sourceReference), language);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    /** {@code collection/reference} of every catalogued practice that has a reference (one query, for imports). */
    public static java.util.Set<String> sourceKeys() {
        return new java.util.HashSet<>(getEntityManager().createQuery(
                "select concat(p.sourceCollection, '/', p.sourceReference) from Practice p where p.sourceReference is not null",
                String.class).getResultList());
    }

    /**
     * Refreshes the planner's statistics of the catalogue and merges the pending lists of its GIN indexes into
     * the indexes, the two things autovacuum would do after a bulk write (migration V10 says why they matter).
     */
    public static void analyse() {
        getEntityManager().createNativeQuery("analyze practice").executeUpdate();
        getEntityManager().createNativeQuery("select gin_clean_pending_list(i.indexrelid) from pg_index i"
                + " join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam"
                + " where a.amname = 'gin' and i.indrelid = 'practice'::regclass").getResultList();
    }

    /** Serialises imports until the calling transaction ends. */
    public static void lockForImport() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('practice-import'))").getSingleResult();
    }

    public static String sourceKey(PracticeContent.SourceRef source) {
        return source == null || source.reference() == null ? null : source.collection() + "/" + source.reference().strip();
    }

    public static Optional<Practice> findBySource(PracticeContent.SourceRef source) {
        if (source == null || source.reference() == null) {
            return Optional.empty();
        }
        return find("sourceCollection = ?1 and sourceReference = ?2", source.collection(), source.reference().strip())
                .firstResultOptional();
    }
}
