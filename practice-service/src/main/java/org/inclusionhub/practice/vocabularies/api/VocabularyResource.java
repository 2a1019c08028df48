package org.inclusionhub.practice.vocabularies.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Codes and labels of every controlled vocabulary, for building filters")
public class VocabularyResource {

    @GET
    @Operation(summary = "List the controlled vocabularies", description = "Public. Every code list a practice and the "
            + "list filters use (scopes, organisationTypes, themes, targetGroups, funding, sources, statuses), each code "
            + "with its English label in display order. An If-None-Match naming the answer's ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The seven vocabularies", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Vocabulary.class)))
    public List<Vocabulary> list() {
        return Vocabularies.ALL;
    }
}
