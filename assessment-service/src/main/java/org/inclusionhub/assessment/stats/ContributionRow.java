package org.inclusionhub.assessment.stats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a submitted assessment added to the statistics, kept so a withdrawal removes exactly that. */
@Entity
@Table(name = "score_contribution")
public class ContributionRow {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String framework;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> segments;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Map<String, Object>> metrics;
}
