package org.inclusionhub.survey.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A survey definition version: a draft until published, immutable after. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    public SurveyStatus status() {
        return SurveyStatus.fromCode(status);
    }

    @Id
    public UUID id;
    public String code;
    public int version;
    public String title;
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    public SurveyDefinition definition;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<Survey> find(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    public static Optional<Survey> latestPublished(String code) {
        return find("code = ?1 and status = 'published' order by version desc", code).firstResultOptional();
    }
}
