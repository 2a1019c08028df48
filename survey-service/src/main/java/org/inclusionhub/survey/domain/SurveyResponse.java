package org.inclusionhub.survey.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One partner's response to a survey version. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    public static final String SUBMITTED = "submitted";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    public UUID id;
    @Column(name = "survey_code")
    public String surveyCode;
    @Column(name = "survey_version")
    public int surveyVersion;
    public String owner;
    /** Kept as JSON text: a Map of Objects would look changed to Hibernate after every flush. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers")
    public String answersJson;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "other_text")
    public String otherTextJson;
    public String status;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    private static final ObjectMapper JSON = new ObjectMapper();

    public Map<String, Object> answers() {
        return read(answersJson, new TypeReference<>() {
        });
    }

    public Map<String, String> otherText() {
        return read(otherTextJson, new TypeReference<>() {
        });
    }

    public void setAnswers(Map<String, Object> answers, Map<String, String> otherText) {
        try {
            answersJson = JSON.writeValueAsString(answers);
            otherTextJson = JSON.writeValueAsString(otherText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("answers cannot be written as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable JSON", e);
        }
    }
}
