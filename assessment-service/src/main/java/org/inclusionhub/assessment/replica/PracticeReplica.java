package org.inclusionhub.assessment.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What this service knows of a catalogue practice, from the practices topic only. */
@Entity
@Table(name = "practice_replica")
public class PracticeReplica extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public String country;
    public String region;
    /** local, regional, national, ... as the catalogue names it */
    public String scope;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> themes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_groups")
    public List<String> targetGroups;
    public String status;
    /** The practice's own version: an older event never overwrites a newer state. */
    public long version;
    public boolean deleted;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isAssessable() {
        return !deleted && !"archived".equals(status);
    }
}
