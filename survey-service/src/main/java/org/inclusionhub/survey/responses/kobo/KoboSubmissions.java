package org.inclusionhub.survey.responses.kobo;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.domain.IdempotencyKeys;
import org.inclusionhub.survey.responses.ResponseService;
import org.inclusionhub.survey.responses.ResponseValidator;
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
        if (!mapped.unreadable().isEmpty()) {
            List<Violation> problems = everyProblem(survey, mapped);
            throw new UnprocessableException(problems.size() + " field(s) of the KoboToolbox submission do not fit "
                    + "survey " + survey.key() + "; nothing was stored", problems);
        }
        IdempotencyKeys.requireValid(mapped.idempotencyKey(), "_uuid");
        try {
            return responses.submit(surveyCode, survey.version(), mapped.content(), caller, mapped.idempotencyKey());
        } catch (UnprocessableException e) {
            throw new UnprocessableException(e.getMessage(), e.violations().stream().map(mapped::located).toList());
        }
    }

    /**
     * The unreadable fields and, so that one answer names every problem, what the answers that could be read do
     * not fit; a field left out is not reported again as missing.
     */
    private static List<Violation> everyProblem(SurveyDefinition survey, KoboSubmission.Mapped mapped) {
        List<Violation> all = new ArrayList<>(mapped.unreadable());
        Set<String> named = all.stream().map(Violation::field).collect(Collectors.toSet());
        ResponseValidator.validate(survey, mapped.content()).violations().stream().map(mapped::located)
                .filter(v -> !named.contains(v.field())).forEach(all::add);
        return all;
    }
}
