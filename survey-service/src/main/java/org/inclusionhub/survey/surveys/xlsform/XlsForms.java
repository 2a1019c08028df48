package org.inclusionhub.survey.surveys.xlsform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.List;
import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.survey.surveys.DefinitionValidator;
import org.inclusionhub.survey.surveys.Survey;
import org.inclusionhub.survey.surveys.SurveyService;

/** XLSForm in: a workbook becomes a draft survey version ({@link XlsFormExport} writes one back). */
@ApplicationScoped
public class XlsForms {

    private final SurveyService surveys;

    public XlsForms(SurveyService surveys) {
        this.surveys = surveys;
    }

    /**
     * Reads an XLSForm workbook and stores it as a draft version (publish it as any other draft).
     *
     * @throws UnprocessableException 422 naming sheet, row and column of everything that cannot be held or is invalid
     * @throws ConflictException 409 when that code and version exist
     */
    public Survey importDraft(InputStream xlsx) {
        XlsFormImport.Imported imported = XlsFormImport.definitionOf(XlsFormWorkbook.read(xlsx));
        List<Violation> invalid = DefinitionValidator.validate(imported.definition());
        if (!invalid.isEmpty()) {
            throw XlsFormProblems.refused(invalid.stream().map(imported::located).toList());
        }
        return surveys.create(imported.definition());
    }
}
