package org.inclusionhub.practice.vocabularies.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.practice.vocabularies.Vocabularies;
import org.inclusionhub.practice.vocabularies.Vocabulary;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Codes and labels of every controlled vocabulary, for building filters")
public class VocabularyResource {

    @GET
    public List<Vocabulary> list() {
        return Vocabularies.ALL;
    }
}
