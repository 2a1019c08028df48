package org.inclusionhub.survey.responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One partner's response to a survey version. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {


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

    public ResponseStatus status() {
        return ResponseStatus.fromCode(status).orElseThrow(() -> new IllegalStateException("stored status " + status));
    }

    /** The answers as read or set, so that the event and the answer of a request do not parse the JSON again. */
    @Transient
    private Map<String, Object> answers;
    @Transient
    private Map<String, String> otherText;

    /** @return the answers by question code (unmodifiable) */
    public Map<String, Object> answers() {
        if (answers == null) {
            answers = Collections.unmodifiableMap(read(answersJson, new TypeReference<Map<String, Object>>() {
            }));
        }
        return answers;
    }

    /** @return the "other" texts by question code (unmodifiable) */
    public Map<String, String> otherText() {
        if (otherText == null) {
            otherText = Collections.unmodifiableMap(read(otherTextJson, new TypeReference<Map<String, String>>() {
            }));
        }
        return otherText;
    }

    public void setAnswers(Map<String, Object> answers, Map<String, String> otherText) {
        try {
            answersJson = JSON.writeValueAsString(answers);
            otherTextJson = JSON.writeValueAsString(otherText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("answers cannot be written as JSON", e);
        }
        this.answers = Collections.unmodifiableMap(answers);
        this.otherText = Collections.unmodifiableMap(otherText);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable JSON", e);
        }
    }
}
