package org.inclusionhub.survey.responses.kobo;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.survey.responses.IdempotencyKeys;
import org.inclusionhub.survey.responses.ResponseService;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/** Stores a KoboToolbox REST-service push as a normal response: validated, counted and exported like any other. */
@ApplicationScoped
public class KoboSubmissions {

    private final PublishedDefinitions definitions;
    private final ResponseService responses;

    public KoboSubmissions(PublishedDefinitions definitions, ResponseService responses) {
        this.definitions = definitions;
        this.responses = responses;
    }

    /**
     * Maps the submission onto the published version (the latest when {@code version} is null) and submits it under
     * its id, so a retry of the same submission answers the first result and stores nothing new. Problems with the
     * answers are named by Kobo's field ({@code network/members}), not by the stored form.
     *
     * @throws DomainException 404 for no such published survey, 400 for an unusable {@code _uuid}, 422 for fields or
     *         answers that do not fit
     */
    public ResponseService.Submission submit(String surveyCode, Integer version, JsonNode payload, Caller caller) {
        SurveyDefinition survey = definitions.require(surveyCode, version);
        KoboSubmission.Mapped mapped = KoboSubmission.map(survey, payload);
        IdempotencyKeys.requireValid(mapped.idempotencyKey(), "_uuid");
        try {
            return responses.submit(surveyCode, survey.version(), mapped.content(), caller, mapped.idempotencyKey());
        } catch (UnprocessableException e) {
            throw new UnprocessableException(e.getMessage(), e.violations().stream().map(mapped::located).toList());
        }
    }
}
