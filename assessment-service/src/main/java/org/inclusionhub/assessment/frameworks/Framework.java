package org.inclusionhub.assessment.frameworks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published framework version; never changed once stored (a change is a new version). */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public int version;
    public String name;
    public String kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public FrameworkDefinition definition;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Framework> find(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    public static Optional<Framework> latest(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    public static List<Framework> all() {
        return list("order by code, version");
    }
}
